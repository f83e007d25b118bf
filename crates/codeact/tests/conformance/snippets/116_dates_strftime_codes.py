from datetime import datetime

moments = [datetime(2024, 1, 1, 0, 0), datetime(2024, 7, 15, 13, 7, 9), datetime(2024, 12, 31, 23, 59, 59)]
codes = ["%A", "%a", "%B", "%b", "%d", "%j", "%U", "%W", "%w", "%I%p", "%M", "%y", "%G-W%V-%u", "%%"]

for m in moments:
    print(m.isoformat(), "|", " ".join(m.strftime(c) for c in codes))
print(moments[1].strftime("Report generated on %A, %B %d, %Y at %H:%M"))
print(f"{moments[2]:%d.%m.%Y}", format(moments[0], "%Y/%m/%d"))
