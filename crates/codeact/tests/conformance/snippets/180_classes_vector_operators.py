import math


class Vector:
    def __init__(self, *components):
        self.components = list(components)

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.components, other.components)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.components, other.components)))

    def __mul__(self, scalar):
        return Vector(*(a * scalar for a in self.components))

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.components, other.components))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(self @ self)

    def __len__(self):
        return len(self.components)

    def __getitem__(self, index):
        return self.components[index]

    def __eq__(self, other):
        return self.components == other.components

    def __bool__(self):
        return any(self.components)

    def __repr__(self):
        return f"Vector({', '.join(map(str, self.components))})"


v = Vector(1, 2, 3)
w = Vector(4, -1, 0.5)
print(v + w, v - w, v * 2, 3 * v, -v)
print(v @ w, abs(Vector(3, 4)), len(v), v[0], v[-1], v[1:])
print(v == Vector(1, 2, 3), bool(Vector(0, 0)), bool(v))
total = Vector(0, 0, 0)
for vec in [v, w, v]:
    total += vec
print(total, list(v), [c * 10 for c in w])
