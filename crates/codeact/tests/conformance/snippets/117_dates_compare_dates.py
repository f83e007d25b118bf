from datetime import date

tasks = [
    ("renew passport", date(2024, 9, 30)),
    ("file taxes", date(2024, 4, 15)),
    ("car service", date(2024, 6, 1)),
    ("dentist", date(2024, 4, 15)),
    ("anniversary", date(2024, 11, 2)),
]
today = date(2024, 5, 1)

earliest = min(tasks, key=lambda t: t[1])
latest = max(tasks, key=lambda t: t[1])
print("earliest:", earliest)
print("latest:", latest)
overdue = [name for name, due in tasks if due < today]
upcoming = sorted((due, name) for name, due in tasks if due >= today)
print("overdue:", overdue)
print("upcoming:", [f"{n} ({d:%b %d})" for d, n in upcoming])
same_day = [n for n, d in tasks if d == date(2024, 4, 15)]
print("same day:", same_day)
in_q2 = [n for n, d in tasks if date(2024, 4, 1) <= d <= date(2024, 6, 30)]
print("Q2:", in_q2, len(in_q2))
