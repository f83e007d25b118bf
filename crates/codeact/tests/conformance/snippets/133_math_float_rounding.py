values = [2.5, 3.5, -2.5, 0.125, 1.005, 2.675, 1e-7, 123456.789]
for v in values:
    print(f"{v!r:>12} round={round(v)!r:>7} round2={round(v, 2)!r:>10} fmt={v:.2f}")

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(1 / 3, 2 / 3, 10 / 4, 7 / 7, 2 ** 0.5)
print(1e16, 1e15, 1.5e-5, 123e-10, 1e22, 1.0e100)
print(float("inf"), -float("inf"), float("1e500"), 3.0, 3.10, -0.0)
print(round(1234.5678, -2), round(-0.5), round(0.5), round(1.5))
print(int(3.999), int(-3.999), float(7), 10 // 3, 10.0 // 3, -10 // 3)
print(str(1/7), repr(0.1), 100.0, 1e-4, 0.0001, 12345678901234567890.0)
