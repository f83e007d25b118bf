from datetime import date

def add_months(d, months):
    month_index = d.month - 1 + months
    year = d.year + month_index // 12
    month = month_index % 12 + 1
    days_in_month = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28,
                     31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(d.day, days_in_month))


def month_end(d):
    return add_months(d.replace(day=1), 1).replace(day=1).fromordinal(
        add_months(d.replace(day=1), 1).toordinal() - 1)


start = date(2024, 1, 31)
for m in range(0, 13, 1):
    print(f"+{m:>2} months: {add_months(start, m)}")
print(add_months(date(2024, 3, 15), -5), add_months(date(2024, 3, 31), -1))
print([str(month_end(date(2023, m, 10))) for m in (1, 2, 4, 12)])
print(month_end(date(2024, 2, 1)))
