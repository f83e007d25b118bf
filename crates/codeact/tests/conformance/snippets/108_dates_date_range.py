from datetime import date, timedelta


def date_range(start, end, step_days=1):
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step_days)


start, end = date(2024, 2, 26), date(2024, 3, 4)
days = list(date_range(start, end))
print(len(days), "days:", ", ".join(d.strftime("%a %d") for d in days))
weekends = [d.isoformat() for d in days if d.weekday() >= 5]
print("weekends:", weekends)
fortnightly = [d.strftime("%b %d") for d in date_range(date(2024, 1, 5), date(2024, 4, 30), 14)]
print("paydays:", fortnightly)
month_starts = sorted({d.replace(day=1) for d in date_range(date(2024, 1, 15), date(2024, 5, 2), 10)})
print([m.strftime("%B") for m in month_starts])
