from datetime import datetime

inputs = [
    ("2024-03-15 14:30:00", "%Y-%m-%d %H:%M:%S"),
    ("15/03/2024", "%d/%m/%Y"),
    ("March 15, 2024", "%B %d, %Y"),
    ("Fri, 15 Mar 2024 09:05", "%a, %d %b %Y %H:%M"),
    ("20240315T1430", "%Y%m%dT%H%M"),
    ("3/5/24 7:45 PM", "%m/%d/%y %I:%M %p"),
]
for text, fmt in inputs:
    parsed = datetime.strptime(text, fmt)
    print(f"{text:<24} -> {parsed.isoformat()}  {parsed.strftime('%d %b %Y, %H:%M')}")

moment = datetime(2024, 7, 4, 18, 5, 9)
for fmt in ["%Y-%m-%d", "%A %d %B %Y", "%I:%M %p", "%H:%M:%S", "%y%m%d", "%j", "%a %b %d"]:
    print(f"{fmt:<12} {moment.strftime(fmt)}")
