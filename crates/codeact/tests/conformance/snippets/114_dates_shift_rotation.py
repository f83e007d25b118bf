from datetime import date, timedelta

staff = ["Ava", "Ben", "Chloe", "Dmitri"]
shifts = ["early", "late", "night"]
start = date(2024, 7, 1)

schedule = {}
for day_offset in range(7):
    day = start + timedelta(days=day_offset)
    assignments = {}
    for i, shift in enumerate(shifts):
        assignments[shift] = staff[(day_offset + i) % len(staff)]
    schedule[day] = assignments

for day, assignments in schedule.items():
    line = "  ".join(f"{shift}={person:<6}" for shift, person in assignments.items())
    print(f"{day:%a %d %b}: {line}")

counts = {p: 0 for p in staff}
for assignments in schedule.values():
    for person in assignments.values():
        counts[person] += 1
print(counts)
off_days = {p: [d.strftime("%a") for d, a in schedule.items() if p not in a.values()] for p in staff}
print(off_days)
