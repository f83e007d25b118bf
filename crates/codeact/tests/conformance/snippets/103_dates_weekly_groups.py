from datetime import date
from collections import defaultdict

events = [
    ("2024-01-01", "deploy"), ("2024-01-03", "incident"), ("2024-01-07", "deploy"),
    ("2024-01-08", "deploy"), ("2024-01-10", "incident"), ("2024-01-12", "deploy"),
    ("2024-01-15", "deploy"), ("2024-12-30", "deploy"), ("2025-01-02", "incident"),
]

by_week = defaultdict(lambda: defaultdict(int))
for day_text, kind in events:
    d = date.fromisoformat(day_text)
    iso_year, week, _ = d.isocalendar()
    by_week[(iso_year, week)][kind] += 1

for (iso_year, week), counts in sorted(by_week.items()):
    summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
    print(f"{iso_year}-W{week:02d}: {summary}")
print(date(2024, 12, 30).isocalendar())
print(date.fromisocalendar(2024, 1, 1), tuple(date(2021, 1, 3).isocalendar()))
