import math


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


def celsius(f):
    return round((f - 32) * 5 / 9, 1)


primes = [n for n in range(50) if is_prime(n)]
print(primes)
print([celsius(f) for f in (32, 50, 72, 98.6, 212)])
print([s.strip().title() for s in ["  alice ", "BOB", " carol jones "]])
print([len(str(2 ** n)) for n in range(0, 101, 20)])
print([math.factorial(n) for n in range(8)])
print([round(math.sin(math.radians(a)), 3) for a in range(0, 181, 30)])
print(sorted([w for w in "the rain in spain".split()], key=len))
print([str(n).zfill(3) for n in range(0, 25, 6)])
