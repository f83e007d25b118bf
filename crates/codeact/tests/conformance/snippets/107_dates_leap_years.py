from datetime import date, timedelta


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


years = [1900, 2000, 2023, 2024, 2100, 2400]
for y in years:
    days = (date(y + 1, 1, 1) - date(y, 1, 1)).days
    print(f"{y}: leap={is_leap(y)!s:<5} days={days}")

leaps = [y for y in range(1990, 2031) if is_leap(y)]
print("leap years 1990-2030:", leaps)
print("Feb 29 2024 + 1 year:", date(2024, 2, 29) + timedelta(days=365))
try:
    date(2023, 2, 29)
except ValueError as error:
    print("ValueError:", error)
print(sum(is_leap(y) for y in range(1, 2001)), "leap years from 1 to 2000")
