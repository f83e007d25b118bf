import math

print("5! =", math.factorial(5), "| 20! =", math.factorial(20))
print("30! =", math.factorial(30))
print("C(10, 3) =", math.comb(10, 3), "P(10, 3) =", math.perm(10, 3))
print("lottery odds 6 of 49: 1 in", f"{math.comb(49, 6):,}")
print("pascal row 8:", [math.comb(8, k) for k in range(9)])
for n in range(6):
    print(" " * (6 - n) * 2 + "".join(f"{math.comb(n, k):4d}" for k in range(n + 1)))
hands = math.comb(52, 5)
flushes = 4 * math.comb(13, 5)
print(f"P(flush incl. straight flush) = {flushes / hands:.6f}")
print("trailing zeros in 100!:", len(str(math.factorial(100))) - len(str(math.factorial(100)).rstrip("0")))
