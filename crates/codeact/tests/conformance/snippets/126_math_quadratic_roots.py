import math


def solve_quadratic(a, b, c):
    disc = b * b - 4 * a * c
    if disc > 0:
        r = math.sqrt(disc)
        return sorted([(-b - r) / (2 * a), (-b + r) / (2 * a)])
    if disc == 0:
        return [-b / (2 * a)]
    r = complex(0, math.sqrt(-disc))
    return [(-b - r) / (2 * a), (-b + r) / (2 * a)]


for coeffs in [(1, -3, 2), (1, 2, 1), (2, -7, 3), (1, 0, -2), (1, 2, 5)]:
    roots = solve_quadratic(*coeffs)
    a, b, c = coeffs
    print(f"{a}x^2 + {b}x + {c} = 0 -> {roots}")

print(solve_quadratic(1, -1, -1)[1], (1 + 5 ** 0.5) / 2)
z = complex(3, 4)
print(abs(z), z.real, z.imag, z.conjugate(), z * z)
