orders = [
    ("C001", 250.0), ("C002", 75.5), ("C003", 310.25), ("C001", 120.0),
    ("C004", 45.0), ("C002", 410.0), ("C005", 99.99), ("C003", 15.75),
    ("C006", 500.0), ("C004", 60.0),
]

totals = {}
counts = {}
for customer, amount in orders:
    totals[customer] = totals.get(customer, 0) + amount
    counts[customer] = counts.get(customer, 0) + 1

ranking = sorted(totals.items(), key=lambda item: item[1], reverse=True)
print("Top 3 customers:")
for rank, (customer, total) in enumerate(ranking[:3], start=1):
    print(f"{rank}. {customer}: {total:.2f} over {counts[customer]} orders")

print("Bottom 2:", ranking[-2:])
repeat_buyers = [c for c, n in counts.items() if n > 1]
print("Repeat buyers:", sorted(repeat_buyers))
average_order = sum(a for _, a in orders) / len(orders)
print(f"Average order value: {average_order:.3f}")
