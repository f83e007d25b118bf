import math

n = 100
print("sum 1..n:", sum(range(1, n + 1)), n * (n + 1) // 2)
print("sum of squares:", sum(i * i for i in range(1, n + 1)), n * (n + 1) * (2 * n + 1) // 6)
print("sum of cubes == square of sum:", sum(i ** 3 for i in range(1, n + 1)) == (n * (n + 1) // 2) ** 2)
geometric = sum(0.5 ** k for k in range(50))
print("geometric 1/2:", geometric)
leibniz = 4 * sum((-1) ** k / (2 * k + 1) for k in range(100_000))
print(f"pi via Leibniz: {leibniz:.8f} (error {abs(leibniz - math.pi):.2e})")
e_approx = sum(1 / math.factorial(k) for k in range(20))
print(f"e via series: {e_approx:.15f}  math.e: {math.e:.15f}")
basel = sum(1 / k ** 2 for k in range(1, 10_001))
print(f"basel: {basel:.6f}, pi^2/6 = {math.pi ** 2 / 6:.6f}")
harmonic = sum(1 / k for k in range(1, 1001))
print(f"H(1000) = {harmonic:.6f}, ln(1000) + gamma = {math.log(1000) + 0.5772156649:.6f}")
