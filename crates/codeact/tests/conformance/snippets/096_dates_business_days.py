from datetime import date, timedelta

holidays = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}


def add_business_days(start, days):
    current = start
    added = 0
    while added < days:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            added += 1
    return current


def business_days_between(a, b):
    count = 0
    day = a
    while day < b:
        if day.weekday() < 5 and day not in holidays:
            count += 1
        day += timedelta(days=1)
    return count


order_date = date(2024, 12, 20)
for sla in (1, 3, 5, 10):
    due = add_business_days(order_date, sla)
    print(f"SLA {sla:>2} business days -> {due} ({due.strftime('%A')})")
print("business days in Dec 2024:", business_days_between(date(2024, 12, 1), date(2025, 1, 1)))
