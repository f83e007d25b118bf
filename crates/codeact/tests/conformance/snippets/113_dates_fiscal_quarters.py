from datetime import date
from collections import Counter

sales_dates = [date(2024, 1, 15), date(2024, 2, 3), date(2024, 4, 22), date(2024, 5, 9),
               date(2024, 7, 30), date(2024, 9, 12), date(2024, 10, 1), date(2024, 12, 24),
               date(2024, 12, 31)]


def quarter(d):
    return (d.month - 1) // 3 + 1


def fiscal_quarter(d, fiscal_start_month=4):
    shifted = (d.month - fiscal_start_month) % 12
    fiscal_year = d.year + (1 if d.month >= fiscal_start_month else 0)
    return f"FY{fiscal_year % 100:02d}-Q{shifted // 3 + 1}"


counts = Counter(f"Q{quarter(d)}" for d in sales_dates)
print(sorted(counts.items()))
for d in sales_dates[::2]:
    print(d, f"Q{quarter(d)}", fiscal_quarter(d))
quarter_start = lambda d: date(d.year, 3 * (quarter(d) - 1) + 1, 1)
print([str(quarter_start(d)) for d in sales_dates[:3]])
