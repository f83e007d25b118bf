from datetime import datetime, timedelta

meetings = [
    ("Standup", "2024-04-08 09:00", 15),
    ("Design review", "2024-04-08 09:10", 60),
    ("Lunch", "2024-04-08 12:00", 45),
    ("1:1", "2024-04-08 12:30", 30),
    ("Planning", "2024-04-08 14:00", 90),
    ("Retro", "2024-04-08 15:30", 30),
]

slots = []
for name, start_text, minutes in meetings:
    start = datetime.strptime(start_text, "%Y-%m-%d %H:%M")
    slots.append((start, start + timedelta(minutes=minutes), name))
slots.sort()

for (s1, e1, n1), (s2, e2, n2) in zip(slots, slots[1:]):
    if s2 < e1:
        overlap = min(e1, e2) - s2
        print(f"CONFLICT: {n1} and {n2} overlap by {overlap.seconds // 60} min")

day_start = datetime(2024, 4, 8, 9, 0)
day_end = datetime(2024, 4, 8, 17, 0)
cursor = day_start
print("Free slots:")
for start, end, _ in slots:
    if start > cursor:
        print(f"  {cursor:%H:%M}-{start:%H:%M} ({(start - cursor).seconds // 60} min)")
    cursor = max(cursor, end)
if cursor < day_end:
    print(f"  {cursor:%H:%M}-{day_end:%H:%M}")
