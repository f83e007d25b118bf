import math


def newton_sqrt(x, tolerance=1e-12):
    if x < 0:
        raise ValueError("negative input")
    if x == 0:
        return 0.0
    guess = x / 2 if x > 1 else 1.0
    iterations = 0
    while True:
        better = (guess + x / guess) / 2
        iterations += 1
        if abs(better - guess) < tolerance:
            return better, iterations
        guess = better


for value in [2, 9, 10, 1e6, 0.25, 12345.6789]:
    root, steps = newton_sqrt(value)
    print(f"sqrt({value}) ~ {root:.10f} in {steps} steps; math.sqrt={math.sqrt(value):.10f}")
print(math.isqrt(10**20 + 12345), math.isqrt(99), 99 ** 0.5)
print(round(27 ** (1 / 3), 12), 27 ** (1 / 3))
