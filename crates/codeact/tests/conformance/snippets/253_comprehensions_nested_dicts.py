raw = [
    ("2024-Q1", "north", 120), ("2024-Q1", "south", 80), ("2024-Q2", "north", 135),
    ("2024-Q2", "south", 95), ("2024-Q2", "west", 40), ("2024-Q3", "north", 150),
]

quarters = sorted({q for q, _, _ in raw})
regions = sorted({r for _, r, _ in raw})
table = {q: {r: sum(v for qq, rr, v in raw if qq == q and rr == r) for r in regions} for q in quarters}
for q, row in table.items():
    print(q, row)
totals = {r: sum(table[q][r] for q in quarters) for r in regions}
print(totals)
best_region = {q: max(row, key=row.get) for q, row in table.items()}
print(best_region)
non_zero = {q: {r: v for r, v in row.items() if v} for q, row in table.items()}
print(non_zero["2024-Q1"], len(non_zero["2024-Q2"]))
