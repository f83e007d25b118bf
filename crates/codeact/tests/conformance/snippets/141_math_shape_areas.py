import math

shapes = [
    ("circle", {"r": 3}),
    ("rectangle", {"w": 4, "h": 7.5}),
    ("triangle", {"a": 3, "b": 4, "c": 5}),
    ("square", {"side": 2.5}),
    ("ellipse", {"a": 5, "b": 2}),
]


def area(kind, p):
    if kind == "circle":
        return math.pi * p["r"] ** 2
    if kind == "rectangle":
        return p["w"] * p["h"]
    if kind == "triangle":
        s = (p["a"] + p["b"] + p["c"]) / 2
        return math.sqrt(s * (s - p["a"]) * (s - p["b"]) * (s - p["c"]))
    if kind == "square":
        return p["side"] ** 2
    if kind == "ellipse":
        return math.pi * p["a"] * p["b"]
    raise ValueError(kind)


results = [(kind, area(kind, params)) for kind, params in shapes]
for kind, a in sorted(results, key=lambda x: x[1]):
    print(f"{kind:<10} {a:10.4f}")
print(f"total area {sum(a for _, a in results):.3f}")
print("sphere volume r=2:", round(4 / 3 * math.pi * 2 ** 3, 4))
