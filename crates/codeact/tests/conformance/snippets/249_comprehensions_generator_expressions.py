import math

readings = [3.2, 4.8, 5.1, 2.9, 6.7, 4.4, 5.5]
total = sum(r for r in readings)
count_high = sum(1 for r in readings if r > 5)
rms = math.sqrt(sum(r * r for r in readings) / len(readings))
print(round(total, 2), count_high, round(rms, 4))
print(max(r for r in readings if r < 5), min((abs(r - 5), r) for r in readings))
print(any(r > 6 for r in readings), all(r > 2 for r in readings))
print(", ".join(f"{r:.0f}" for r in readings))
squares = (n * n for n in range(10))
print(next(squares), next(squares), sum(squares))
print(sorted((len(w), w) for w in "gen expr are lazy and memory friendly".split())[:3])
print(tuple(c for c in "generator" if c not in "aeiou"))
print(dict((k, v) for k, v in zip("abc", range(3))))
