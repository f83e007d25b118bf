sizes = ["S", "M", "L"]
colors = ["red", "black"]
variants = [f"{c}-{s}" for c in colors for s in sizes]
print(variants)

dice = [(a, b) for a in range(1, 7) for b in range(1, 7)]
sevens = [(a, b) for a, b in dice if a + b == 7]
print(len(dice), sevens)
probabilities = {total: sum(1 for a, b in dice if a + b == total) / 36 for total in range(2, 13)}
print({k: round(v, 3) for k, v in probabilities.items()})
handshakes = [(p, q) for i, p in enumerate("ABCD") for q in "ABCD"[i + 1:]]
print(handshakes, len(handshakes))
coords = [(x, y) for x in range(-1, 2) for y in range(-1, 2) if (x, y) != (0, 0)]
print(coords)
