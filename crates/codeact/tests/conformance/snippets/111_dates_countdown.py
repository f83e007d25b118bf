from datetime import datetime

now = datetime(2024, 11, 28, 16, 45, 30)
deadlines = {
    "Tax filing": datetime(2025, 4, 15, 23, 59),
    "Sprint end": datetime(2024, 11, 29, 17, 0),
    "Conference": datetime(2025, 1, 9, 9, 0),
    "Past event": datetime(2024, 11, 1, 12, 0),
}

for name, when in sorted(deadlines.items(), key=lambda kv: kv[1]):
    remaining = when - now
    if remaining.total_seconds() < 0:
        print(f"{name:<11} passed {abs(remaining.days)} days ago")
        continue
    hours, rem = divmod(remaining.seconds, 3600)
    minutes = rem // 60
    print(f"{name:<11} in {remaining.days:>3}d {hours:02d}h {minutes:02d}m ({remaining.total_seconds():,.0f} s)")

urgent = [n for n, w in deadlines.items() if 0 < (w - now).total_seconds() < 7 * 86400]
print("due within a week:", urgent)
