budget = {"Housing": 1800, "Food": 650, "Transport": 320, "Health": 210, "Fun": 275, "Savings": 900}
income = 4500

spent = sum(budget.values())
print(f"Income: {income}, budgeted: {spent}, left over: {income - spent}")
for category, amount in sorted(budget.items(), key=lambda kv: kv[1], reverse=True):
    share = amount / income
    print(f"{category:<10} {amount:>6} {share:>7.1%} {'*' * round(share * 50)}")

needs = {"Housing", "Food", "Transport", "Health"}
needs_total = sum(v for k, v in budget.items() if k in needs)
wants_total = budget["Fun"]
savings_total = budget["Savings"]
for label, value, target in [("needs", needs_total, 0.5), ("wants", wants_total, 0.3), ("savings", savings_total, 0.2)]:
    ok = "OK" if (value / income <= target) == (label != "savings") else "CHECK"
    print(f"{label}: {value / income:.2%} (target {target:.0%}) {ok}")
