records = [
    ("2024-01", "apples", 30), ("2024-01", "pears", 12), ("2024-02", "apples", 25),
    ("2024-02", "plums", 8), ("2024-03", "pears", 19), ("2024-03", "apples", 41),
    ("2024-01", "apples", 5), ("2024-03", "plums", 3),
]

months = sorted({month for month, _, _ in records})
fruits = sorted({fruit for _, fruit, _ in records})
pivot = {fruit: {month: 0 for month in months} for fruit in fruits}
for month, fruit, qty in records:
    pivot[fruit][month] += qty

header = "fruit".ljust(8) + "".join(m.rjust(9) for m in months) + "    total"
print(header)
for fruit in fruits:
    row = pivot[fruit]
    cells = "".join(str(row[m]).rjust(9) for m in months)
    print(fruit.ljust(8) + cells + str(sum(row.values())).rjust(9))
column_totals = [sum(pivot[f][m] for f in fruits) for m in months]
print("total".ljust(8) + "".join(str(t).rjust(9) for t in column_totals) + str(sum(column_totals)).rjust(9))
