data = {
    "name": "O'Reilly",
    "quote": 'He said "hi"',
    "path": "C:\\temp\\new",
    "newline": "line1\nline2",
    "tab": "a\tb",
    "unicode": "naïve ☕",
    "nums": [1, 2.0, -3.5, 1e-10, 1e16],
    "nested": {"t": (1,), "empty_t": (), "s": {3}, "none": None, "b": b"bytes"},
}
for key, value in data.items():
    print(f"{key}: {value!r}")
print(data["nums"], data["nested"])
print(str(data["quote"]), repr(data["quote"]), repr("it's \"both\""))
print([["nested", ["list"]], ("tuple", ("inner",))], {1: {2: {3: []}}})
print(repr(1.0), repr(0.1 + 0.7), repr(2 / 3), repr(10 ** 21 * 1.0), repr(-0.0), repr(float("inf")))
