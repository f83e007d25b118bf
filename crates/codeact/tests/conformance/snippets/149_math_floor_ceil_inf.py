import math

for v in [2.5, -2.5, 3.0, -0.1, 7.999]:
    print(f"{v:>6} floor={math.floor(v):>3} ceil={math.ceil(v):>3} trunc={math.trunc(v):>3} round={round(v):>3}")

items, per_page = 47, 10
print("pages needed:", math.ceil(items / per_page), -(-items // per_page))
inf = math.inf
print(inf > 10**300, -inf < -1e308, inf + 1 == inf, inf - inf)
print(math.nan, float("nan") in [float("nan")], min(5, inf), max(-inf, -5))
best = math.inf
for cost in [30, 12, 45, 8]:
    best = min(best, cost)
print("cheapest:", best)
print(math.log(1000, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.log1p(0))
print(math.exp(0), math.pow(2, 10), 2 ** 10, math.sqrt(16), math.hypot(3, 4), math.e)
print(math.sin(math.pi / 6), math.cos(0), round(math.tan(math.pi / 4), 12), math.degrees(math.pi))
