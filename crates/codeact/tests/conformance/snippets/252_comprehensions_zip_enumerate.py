names = ["Ana", "Ben", "Cleo", "Dev"]
scores = [91, 78, 85, 62]
teams = ["red", "blue", "red", "green"]

rows = [f"{i}. {n} ({t}): {s}" for i, (n, s, t) in enumerate(zip(names, scores, teams), start=1)]
print("\n".join(rows))
above_avg = [n for n, s in zip(names, scores) if s > sum(scores) / len(scores)]
print(above_avg)
positions = {n: i for i, n in enumerate(names)}
print(positions)
diffs = [b - a for a, b in zip(scores, scores[1:])]
print(diffs)
pairs = list(zip(names, names[1:] + names[:1]))
print(pairs)
print([(i, c) for i, c in enumerate("abc", 10)])
print(dict(zip(names, zip(scores, teams))))
