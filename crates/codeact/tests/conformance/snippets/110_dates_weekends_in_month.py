from datetime import date, timedelta


def weekend_days(year, month):
    d = date(year, month, 1)
    result = []
    while d.month == month:
        if d.weekday() in (5, 6):
            result.append(d.day)
        d += timedelta(days=1)
    return result


for year, month in [(2024, 1), (2024, 2), (2024, 6), (2025, 8)]:
    days = weekend_days(year, month)
    label = date(year, month, 1).strftime("%b %Y")
    print(f"{label}: {len(days)} weekend days -> {days}")


def nth_weekday(year, month, weekday, n):
    d = date(year, month, 1)
    offset = (weekday - d.weekday()) % 7
    return d + timedelta(days=offset + 7 * (n - 1))


print("Thanksgiving 2024:", nth_weekday(2024, 11, 3, 4))
print("Second Monday of Oct 2024:", nth_weekday(2024, 10, 0, 2))
