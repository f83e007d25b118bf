from itertools import groupby
from operator import itemgetter

sales = [
    {"month": "Jan", "rep": "ann", "amount": 120},
    {"month": "Jan", "rep": "bob", "amount": 80},
    {"month": "Feb", "rep": "ann", "amount": 200},
    {"month": "Mar", "rep": "bob", "amount": 50},
    {"month": "Mar", "rep": "cy", "amount": 75},
    {"month": "Jan", "rep": "cy", "amount": 30},
]

for month, rows in groupby(sales, key=itemgetter("month")):
    rows = list(rows)
    print(month, len(rows), sum(r["amount"] for r in rows))

by_rep = sorted(sales, key=itemgetter("rep"))
totals = {rep: sum(r["amount"] for r in rows) for rep, rows in groupby(by_rep, key=itemgetter("rep"))}
print(totals)
print([(k, len(list(g))) for k, g in groupby("aaabccddddae")])
print(["".join(g) for _, g in groupby("1122233345", key=lambda c: int(c) % 2)])
runs = [(k, sum(1 for _ in g)) for k, g in groupby([1, 1, 0, 1, 1, 1, 0, 0, 1])]
print(runs, max(n for k, n in runs if k == 1))
