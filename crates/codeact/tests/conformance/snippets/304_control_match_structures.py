from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    radius: float


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=y):
            return f"point ({x}, {y})"
        case Circle(center=Point(x=0, y=0), radius=r):
            return f"circle at origin, r={r}"
        case Circle(radius=r) if r > 10:
            return "big circle"
        case {"type": "rect", "w": w, "h": h}:
            return f"rect {w}x{h} area {w * h}"
        case {"type": kind, **rest}:
            return f"unknown dict shape {kind} with {sorted(rest)}"
        case (a, b):
            return f"pair {a}, {b}"
        case str() as name:
            return f"named shape {name.upper()}"
        case _:
            return "unrecognised"


shapes = [Point(0, 0), Point(0, 5), Point(2, 3), Circle(Point(0, 0), 2), Circle(Point(1, 1), 20),
          Circle(Point(1, 1), 1), {"type": "rect", "w": 3, "h": 4}, {"type": "hex", "side": 2, "rot": 0},
          (1, 2), "triangle", 42]
for s in shapes:
    print(describe(s))
