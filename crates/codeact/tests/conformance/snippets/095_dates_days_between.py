from datetime import date

start = date(2024, 1, 15)
end = date(2024, 12, 25)
delta = end - start
print(f"{delta.days} days from {start} to {end}")
print(f"that is {delta.days // 7} weeks and {delta.days % 7} days")

milestones = {
    "project kickoff": date(2024, 2, 1),
    "beta release": date(2024, 6, 30),
    "launch": date(2024, 11, 11),
}
for name, when in milestones.items():
    print(f"{name:<16} {when.isoformat()}  day {(when - start).days:>3} of the project")
print(date(2025, 1, 1) - date(2024, 1, 1), (date(2023, 3, 1) - date(2023, 2, 1)).days)
print(date(2024, 3, 1) > date(2024, 2, 29), date.fromisoformat("2024-02-29").day)
