def prime_factors(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def format_factors(factors):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in factors.items())


for number in [12, 360, 97, 1001, 65536, 123456789, 600851475143, 2**31 - 1]:
    f = prime_factors(number)
    divisor_count = 1
    for e in f.values():
        divisor_count *= e + 1
    print(f"{number:>13} = {format_factors(f):<28} ({divisor_count} divisors)")
