import math

def dot(u, v):
    return sum(a * b for a, b in zip(u, v))


def norm(u):
    return math.sqrt(dot(u, u))


def cross(u, v):
    return [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]


u = [3, -1, 2]
v = [1, 4, -2]
print("u+v:", [a + b for a, b in zip(u, v)], "2u:", [2 * a for a in u])
print("dot:", dot(u, v), "cross:", cross(u, v))
print(f"|u|={norm(u):.4f} |v|={norm(v):.4f}")
angle = math.degrees(math.acos(dot(u, v) / (norm(u) * norm(v))))
print(f"angle: {angle:.3f} degrees")
unit = [round(a / norm(u), 4) for a in u]
print("unit u:", unit)
projection = [round(dot(u, v) / dot(v, v) * b, 4) for b in v]
print("projection of u on v:", projection)
print("cosine similarity:", round(dot([1, 1, 0], [1, 0, 1]) / (norm([1, 1, 0]) * norm([1, 0, 1])), 6))
