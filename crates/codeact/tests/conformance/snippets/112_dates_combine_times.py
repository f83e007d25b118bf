from datetime import date, time, datetime, timedelta

shift_day = date(2024, 3, 9)
opening = time(8, 30)
closing = time(17, 15)
start = datetime.combine(shift_day, opening)
end = datetime.combine(shift_day, closing)
print(start, "->", end, "=", end - start)

breaks = [(time(10, 0), 15), (time(12, 30), 45), (time(15, 0), 15)]
worked = end - start
for at, minutes in breaks:
    worked -= timedelta(minutes=minutes)
    print(f"break at {at.strftime('%H:%M')} for {minutes} min")
print("worked:", worked, f"({worked.total_seconds() / 3600:.2f} h)")
print(start.date(), start.time(), opening < closing, opening.hour, closing.minute)
print(time(9, 5, 7).strftime("%I:%M:%S %p"), time.fromisoformat("13:45:00"))
late = datetime.combine(shift_day, time(23, 30)) + timedelta(hours=2)
print(late, late.date() > shift_day)
