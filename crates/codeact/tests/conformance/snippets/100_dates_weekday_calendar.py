from datetime import date, timedelta

year, month = 2024, 2
first = date(year, month, 1)
next_month = date(year + (month == 12), month % 12 + 1, 1)
days_in_month = (next_month - first).days
print(first.strftime("%B %Y").center(20))
print("Mo Tu We Th Fr Sa Su")
cells = ["  "] * first.weekday() + [f"{d:2d}" for d in range(1, days_in_month + 1)]
for i in range(0, len(cells), 7):
    print(" ".join(cells[i:i + 7]))

names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for d in [date(2024, 1, 1), date(2000, 1, 1), date(1969, 7, 20)]:
    print(d, names[d.weekday()], d.isoweekday(), d.strftime("%a"))
