table = [
    ["name", "q1", "q2", "q3"],
    ["north", 10, 12, 9],
    ["south", 7, 11, 15],
    ["east", 13, 8, 10],
]

header, *rows = table
columns = [[row[i] for row in rows] for i in range(len(header))]
print(columns)
quarter_totals = {h: sum(col) for h, col in zip(header[1:], columns[1:])}
print(quarter_totals)
records = [dict(zip(header, row)) for row in rows]
print(records[0])
best_quarter = {r["name"]: max(header[1:], key=lambda q: r[q]) for r in records}
print(best_quarter)
transposed = [list(t) for t in zip(*table)]
for line in transposed:
    print(" | ".join(str(v).ljust(5) for v in line))
