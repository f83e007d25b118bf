import itertools

players = ["Kai", "Lea", "Max", "Noa"]
matches = list(itertools.combinations(players, 2))
print(len(matches), "matches:", matches[:3])
schedule = dict(zip(matches, itertools.cycle(["Court 1", "Court 2"])))
for (a, b), court in list(schedule.items())[:4]:
    print(f"{a} vs {b} on {court}")

totals = list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6]))
print(totals)
batches = [list(itertools.islice(players, i, i + 2)) for i in range(0, len(players), 2)]
print(batches)
print(list(itertools.chain.from_iterable(batches)) == players)
print(sum(1 for _ in itertools.permutations(range(5), 3)), list(itertools.product("xy", [0, 1])))
