records = [
    {"name": "alpha", "due": "2024-05-01", "priority": 2},
    {"name": "beta", "due": None, "priority": 1},
    {"name": "gamma", "due": "2024-03-15", "priority": None},
    {"name": "delta", "due": "2024-04-20", "priority": 1},
    {"name": "eps", "due": None, "priority": 3},
]

by_due = sorted(records, key=lambda r: (r["due"] is None, r["due"] or ""))
print([r["name"] for r in by_due])
by_priority = sorted(records, key=lambda r: (r["priority"] is None, r["priority"] or 0, r["name"]))
print([(r["name"], r["priority"]) for r in by_priority])
try:
    sorted(records, key=lambda r: r["priority"])
except TypeError as error:
    print("TypeError:", error)
values = [3, None, 1, None, 2]
print(sorted(values, key=lambda v: float("inf") if v is None else v))
