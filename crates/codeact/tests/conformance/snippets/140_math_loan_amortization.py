principal = 25_000.0
annual_rate = 0.065
years = 3
n = years * 12
r = annual_rate / 12
payment = principal * r * (1 + r) ** n / ((1 + r) ** n - 1)
print(f"Monthly payment: {payment:.2f}")

balance = principal
total_interest = 0.0
print(f"{'Month':>5} {'Interest':>9} {'Principal':>10} {'Balance':>11}")
for month in range(1, n + 1):
    interest = balance * r
    principal_part = payment - interest
    balance -= principal_part
    total_interest += interest
    if month <= 3 or month % 12 == 0:
        print(f"{month:>5} {interest:>9.2f} {principal_part:>10.2f} {max(balance, 0):>11.2f}")
print(f"Total interest: {total_interest:,.2f}")
print(f"Total paid: {payment * n:,.2f}")
