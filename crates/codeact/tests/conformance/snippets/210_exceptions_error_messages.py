samples = [
    lambda: [1, 2, 3][10],
    lambda: {"a": 1}["b"],
    lambda: int("twelve"),
    lambda: "abc" + 5,
    lambda: None.upper(),
    lambda: float("1.2.3"),
    lambda: [].pop(),
    lambda: len(42),
    lambda: undefined_name,
    lambda: (1, 2).append(3),
    lambda: {"a": 1}.items()[0],
    lambda: int(None),
    lambda: "x" * "y",
    lambda: max([]),
    lambda: "hello".index("z"),
    lambda: list(range(3)).remove(7),
    lambda: dict(a=1)["A"],
    lambda: 10 ** 400 * 1.0,
]
for i, fn in enumerate(samples):
    try:
        fn()
    except Exception as error:
        print(f"{i:2d} {type(error).__name__}: {error}")
