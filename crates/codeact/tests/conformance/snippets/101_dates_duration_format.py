from datetime import timedelta

durations_seconds = [45, 3600, 3725, 86399, 90061, 7 * 86400 + 5, 0]


def fmt_duration(seconds):
    td = timedelta(seconds=seconds)
    hours, remainder = divmod(td.seconds, 3600)
    minutes, secs = divmod(remainder, 60)
    parts = []
    if td.days:
        parts.append(f"{td.days}d")
    if hours:
        parts.append(f"{hours}h")
    if minutes:
        parts.append(f"{minutes}m")
    if secs or not parts:
        parts.append(f"{secs}s")
    return " ".join(parts)


for s in durations_seconds:
    td = timedelta(seconds=s)
    h, rem = divmod(s, 3600)
    print(f"{s:>7} s  {fmt_duration(s):<12} {str(td):<16} {h:02d}:{rem // 60:02d}:{rem % 60:02d}")

total = sum((timedelta(minutes=m) for m in [25, 50, 45, 90]), timedelta())
print("total meeting time:", total, total.total_seconds() / 3600, "hours")
