def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, flag in enumerate(is_prime) if flag]


primes = sieve(100)
print(primes)
print("count below 100:", len(primes), "| below 10000:", len(sieve(10_000)))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print("twin primes:", twins)
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("largest gap below 100:", max(gaps))
print("sum of primes below 1000:", sum(sieve(1000)))
