from datetime import datetime, date, time, timedelta, timezone

stamp = datetime(2024, 5, 17, 8, 30, 15, 123456)
print(stamp.isoformat())
print(stamp.isoformat(sep=" ", timespec="seconds"))
print(stamp.isoformat(timespec="milliseconds"))
print(datetime.fromisoformat("2024-05-17T08:30:15") == stamp.replace(microsecond=0))
aware = datetime.fromisoformat("2024-05-17T08:30:15+02:00")
print(aware, aware.utcoffset(), aware.tzinfo)
print(aware.astimezone(timezone.utc).isoformat())
print(date(2024, 5, 17).isoformat(), time(7, 5).isoformat(), time(23, 59, 59, 500).isoformat())
print(str(stamp), repr(date(2024, 1, 2)))
print(repr(timedelta(days=1, hours=3)), str(timedelta(hours=27, minutes=5)))
