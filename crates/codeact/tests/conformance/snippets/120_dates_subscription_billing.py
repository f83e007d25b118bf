from datetime import date, timedelta

plans = {"monthly": 9.99, "annual": 99.0}
subscriptions = [
    ("u1", "monthly", date(2024, 1, 31), None),
    ("u2", "annual", date(2023, 6, 15), None),
    ("u3", "monthly", date(2024, 3, 10), date(2024, 5, 20)),
]
as_of = date(2024, 6, 30)

for user, plan, started, cancelled in subscriptions:
    end = min(cancelled or as_of, as_of)
    active_days = (end - started).days
    if plan == "monthly":
        months = (end.year - started.year) * 12 + end.month - started.month + (end.day >= started.day)
        billed = round(months * plans[plan], 2)
    else:
        years = active_days // 365 + 1
        billed = years * plans[plan]
    status = "cancelled" if cancelled else "active"
    print(f"{user} {plan:<7} {status:<9} since {started} ({active_days:>3} days) billed ${billed:.2f}")

trial_end = date(2024, 6, 25) + timedelta(days=14)
print("trial ends", trial_end, "- days left on", as_of, ":", (trial_end - as_of).days)
