transactions = [
    {"date": "2024-03-01", "category": "groceries", "amount": 54.20},
    {"date": "2024-03-02", "category": "transport", "amount": 12.00},
    {"date": "2024-03-02", "category": "groceries", "amount": 23.75},
    {"date": "2024-03-05", "category": "entertainment", "amount": 40.00},
    {"date": "2024-03-07", "category": "groceries", "amount": 61.10},
    {"date": "2024-03-09", "category": "transport", "amount": 8.50},
    {"date": "2024-03-12", "category": "utilities", "amount": 120.00},
]

groups = {}
for t in transactions:
    groups.setdefault(t["category"], []).append(t["amount"])

print(f"{'Category':<15}{'Count':>6}{'Total':>10}{'Average':>10}")
for category, amounts in sorted(groups.items()):
    total = sum(amounts)
    print(f"{category:<15}{len(amounts):>6}{total:>10.2f}{total / len(amounts):>10.2f}")

grand_total = sum(t["amount"] for t in transactions)
largest = max(transactions, key=lambda t: t["amount"])
print(f"Grand total: {grand_total:.2f}")
print(f"Largest: {largest['category']} on {largest['date']} ({largest['amount']:.2f})")
share = {c: round(100 * sum(a) / grand_total, 1) for c, a in groups.items()}
print(share)
