from itertools import permutations, combinations, combinations_with_replacement

team = ["Ana", "Ben", "Cy", "Dee"]
print(list(combinations(team, 2)))
print(len(list(combinations(team, 3))), len(list(permutations(team, 2))))
print(["".join(p) for p in permutations("abc")])
print(list(combinations_with_replacement([1, 2, 3], 2)))

items = {"tent": 4.5, "stove": 1.2, "bag": 2.0, "lamp": 0.6, "rope": 1.1}
limit = 6.0
best = max(
    (combo for r in range(1, len(items) + 1) for combo in combinations(items, r)
     if sum(items[i] for i in combo) <= limit),
    key=lambda combo: (len(combo), -sum(items[i] for i in combo)),
)
print("pack:", best, round(sum(items[i] for i in best), 2))
cities = {"A": (0, 0), "B": (3, 4), "C": (6, 0), "D": (3, -4)}
def tour_length(order):
    stops = ("A",) + order + ("A",)
    return sum(((cities[a][0] - cities[b][0]) ** 2 + (cities[a][1] - cities[b][1]) ** 2) ** 0.5 for a, b in zip(stops, stops[1:]))
best_tour = min(permutations("BCD"), key=tour_length)
print("shortest tour:", "A" + "".join(best_tour) + "A", round(tour_length(best_tour), 3))
