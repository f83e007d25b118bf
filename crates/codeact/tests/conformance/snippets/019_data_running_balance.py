from itertools import accumulate

transactions = [
    ("opening", 1500.00), ("rent", -950.00), ("salary", 3200.00),
    ("groceries", -145.67), ("utilities", -89.10), ("refund", 24.99),
    ("dinner", -62.40), ("savings", -1000.00),
]

balances = list(accumulate(amount for _, amount in transactions))
print(f"{'Description':<12}{'Amount':>10}{'Balance':>11}")
for (description, amount), balance in zip(transactions, balances):
    print(f"{description:<12}{amount:>10.2f}{balance:>11.2f}")

lowest = min(balances)
print(f"Lowest balance: {lowest:.2f} after '{transactions[balances.index(lowest)][0]}'")
income = sum(a for _, a in transactions if a > 0)
spending = -sum(a for _, a in transactions if a < 0)
print(f"Income {income:.2f}, spending {spending:.2f}, net {income - spending:+.2f}")
