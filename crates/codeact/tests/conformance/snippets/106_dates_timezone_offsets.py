from datetime import datetime, timedelta, timezone

utc = timezone.utc
offices = {
    "New York": timezone(timedelta(hours=-5), "EST"),
    "London": timezone(timedelta(0), "GMT"),
    "Berlin": timezone(timedelta(hours=1), "CET"),
    "Mumbai": timezone(timedelta(hours=5, minutes=30), "IST"),
    "Tokyo": timezone(timedelta(hours=9), "JST"),
}

meeting_utc = datetime(2024, 1, 17, 14, 0, tzinfo=utc)
print("Meeting at", meeting_utc.isoformat())
for city, tz in offices.items():
    local = meeting_utc.astimezone(tz)
    ok = 9 <= local.hour < 18
    print(f"{city:<9} {local:%Y-%m-%d %H:%M} {local.tzname():<4} {local.strftime('%z')} {'work' if ok else 'off'}")

naive = datetime(2024, 1, 17, 9, 0)
ny = naive.replace(tzinfo=offices["New York"])
print(ny.astimezone(offices["Tokyo"]), ny - meeting_utc)
print(timezone(timedelta(hours=-3, minutes=-30)), utc)
