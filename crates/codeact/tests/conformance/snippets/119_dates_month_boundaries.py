from datetime import date, datetime, timedelta

def first_of_month(d):
    return d.replace(day=1)


def last_of_month(d):
    next_first = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return next_first - timedelta(days=1)


for d in [date(2024, 2, 14), date(2023, 2, 14), date(2024, 12, 5), date(2024, 4, 30)]:
    print(d, "->", first_of_month(d), last_of_month(d), last_of_month(d).day, "days")

stamp = datetime(2024, 8, 19, 15, 42, 7, 999)
start_of_day = stamp.replace(hour=0, minute=0, second=0, microsecond=0)
start_of_week = start_of_day - timedelta(days=stamp.weekday())
print(start_of_day, start_of_week, start_of_week.strftime("%A"))
print(stamp.replace(year=2025, month=1), stamp.year, stamp.month, stamp.day, stamp.second)
print(date(2024, 1, 1).toordinal(), date.fromordinal(739000), date.min, date.max.year)
