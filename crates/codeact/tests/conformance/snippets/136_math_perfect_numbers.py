def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    large = [n // d for d in small if d * d != n]
    return small + large[::-1]


print("divisors of 36:", divisors(36))
print("divisors of 97:", divisors(97))
perfect = [n for n in range(2, 10_000) if sum(divisors(n)) - n == n]
print("perfect numbers:", perfect)
abundant = [n for n in range(1, 60) if sum(divisors(n)) - n > n]
print("abundant below 60:", abundant)
amicable = []
for a in range(2, 1500):
    b = sum(divisors(a)) - a
    if b > a and sum(divisors(b)) - b == a:
        amicable.append((a, b))
print("amicable pairs:", amicable)
print("most divisors below 1000:", max(range(1, 1000), key=lambda n: len(divisors(n))))
