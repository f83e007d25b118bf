limit = 60
composites = {m for p in range(2, int(limit ** 0.5) + 1) for m in range(p * p, limit + 1, p)}
primes = [n for n in range(2, limit + 1) if n not in composites]
print(primes)
divisors = {n: [d for d in range(1, n + 1) if n % d == 0] for n in (12, 28, 36, 49)}
print(divisors)
perfect = [n for n in range(2, 500) if sum(d for d in range(1, n) if n % d == 0) == n]
print(perfect)
goldbach = {n: next((p, n - p) for p in primes if n - p in primes) for n in range(4, 31, 2)}
print(goldbach)
coprime_pairs = [(a, b) for a in range(2, 8) for b in range(a + 1, 8) if all(a % d or b % d for d in range(2, a + 1))]
print(coprime_pairs)
