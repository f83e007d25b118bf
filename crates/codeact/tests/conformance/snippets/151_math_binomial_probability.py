import math

def binomial_pmf(k, n, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)


n, p = 10, 0.3
print(f"Binomial(n={n}, p={p})")
cumulative = 0.0
for k in range(n + 1):
    prob = binomial_pmf(k, n, p)
    cumulative += prob
    print(f"P(X={k:>2}) = {prob:.5f}  P(X<={k:>2}) = {cumulative:.5f}  {'#' * round(prob * 100)}")
mean = sum(k * binomial_pmf(k, n, p) for k in range(n + 1))
print(f"mean={mean:.4f} expected={n * p}")
print(f"P(at least one six in 4 rolls) = {1 - (5 / 6) ** 4:.4f}")
birthday = 1.0
for i in range(23):
    birthday *= (365 - i) / 365
print(f"birthday paradox, 23 people: {1 - birthday:.4f}")
