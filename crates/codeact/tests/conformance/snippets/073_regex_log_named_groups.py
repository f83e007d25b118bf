import re

log_lines = [
    "2024-05-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.5",
    "2024-05-01 12:00:07 ERROR [db] query failed after 3021ms",
    "2024-05-01 12:01:15 WARN  [auth] user=bob action=login_failed ip=10.0.0.9",
    "garbage line without structure",
    "2024-05-01 12:02:40 ERROR [api] status=502 path=/v1/orders",
]

pattern = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>\w+)\s+\[(?P<module>\w+)\] (?P<message>.*)"
)
counts = {}
for line in log_lines:
    match = pattern.match(line)
    if not match:
        print("unparsed:", line)
        continue
    entry = match.groupdict()
    counts[entry["level"]] = counts.get(entry["level"], 0) + 1
    if entry["level"] == "ERROR":
        print(f"{entry['time']} {entry['module']}: {entry['message']}")
    fields = dict(re.findall(r"(\w+)=(\S+)", entry["message"]))
    if fields:
        print("   fields:", fields)
print(counts)
print(pattern.match(log_lines[0]).group("level", "module"))
