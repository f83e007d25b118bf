import datetime

start = datetime.date(2023, 9, 1)
end = datetime.date(2024, 6, 28)
days = (end - start).days
print(f"School year length: {days} days ({days / 7:.1f} weeks)")

event = datetime.datetime.strptime("2024-03-09 18:45", "%Y-%m-%d %H:%M")
reminder = event - datetime.timedelta(hours=36)
print("Event:", event.strftime("%A, %B %d at %I:%M %p"))
print("Reminder:", reminder.isoformat(sep=" "))

landing = datetime.date(1969, 7, 20)
print("Moon landing was on a", landing.strftime("%A"))
anniversary = landing.replace(year=2024)
print("55th anniversary weekday:", anniversary.strftime("%A"), "| day of year:", anniversary.timetuple().tm_yday)
utc = datetime.timezone.utc
launch = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=utc)
print(launch.astimezone(datetime.timezone(datetime.timedelta(hours=-7))).strftime("%H:%M %Z"))
print(datetime.date.fromisoformat("2024-12-25") - datetime.date(2024, 11, 28))
