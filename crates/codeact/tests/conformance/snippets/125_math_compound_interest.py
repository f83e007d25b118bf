principal = 10_000.0
annual_rate = 0.05

for compounds, label in [(1, "yearly"), (4, "quarterly"), (12, "monthly"), (365, "daily")]:
    amount = principal * (1 + annual_rate / compounds) ** (compounds * 10)
    print(f"{label:<10} after 10 years: {amount:>12,.2f}")

import math
continuous = principal * math.exp(annual_rate * 10)
print(f"{'continuous':<10} after 10 years: {continuous:>12,.2f}")

balance = principal
monthly_deposit = 250
for year in range(1, 6):
    for _ in range(12):
        balance = balance * (1 + annual_rate / 12) + monthly_deposit
    print(f"year {year}: {balance:,.2f}")
years_to_double = math.log(2) / math.log(1 + annual_rate)
print(f"years to double at 5%: {years_to_double:.2f} (rule of 72: {72 / 5:.1f})")
