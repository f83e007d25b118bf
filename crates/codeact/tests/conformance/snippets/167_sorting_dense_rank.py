results = [("Kim", 91), ("Lee", 85), ("Ada", 91), ("Max", 78), ("Joy", 85), ("Sam", 99), ("Tia", 60)]
ordered = sorted(results, key=lambda r: (-r[1], r[0]))

distinct = sorted({score for _, score in results}, reverse=True)
dense = {score: i + 1 for i, score in enumerate(distinct)}

competition = {}
for index, (_, score) in enumerate(ordered):
    competition.setdefault(score, index + 1)

print(f"{'name':<5}{'score':>6}{'dense':>6}{'comp':>6}{'pct':>7}")
for name, score in ordered:
    below = sum(1 for _, s in results if s < score)
    pct = below / (len(results) - 1) * 100
    print(f"{name:<5}{score:>6}{dense[score]:>6}{competition[score]:>6}{pct:>6.1f}%")
