import json
from collections import Counter

log_lines = """{"ts": "2024-05-01T10:00:00", "level": "info", "msg": "started", "user": "ann"}
{"ts": "2024-05-01T10:00:03", "level": "warn", "msg": "slow query", "ms": 1840}
not valid json
{"ts": "2024-05-01T10:00:09", "level": "error", "msg": "timeout", "user": "bob", "ms": 30000}

{"ts": "2024-05-01T10:01:00", "level": "info", "msg": "request", "user": "ann", "ms": 120}"""

entries, bad_lines = [], []
for number, line in enumerate(log_lines.splitlines(), 1):
    if not line.strip():
        continue
    try:
        entries.append(json.loads(line))
    except json.JSONDecodeError:
        bad_lines.append(number)

print(len(entries), "entries, bad lines:", bad_lines)
print(Counter(e["level"] for e in entries))
slow = [e["msg"] for e in entries if e.get("ms", 0) > 1000]
print("slow:", slow)
users = sorted({e["user"] for e in entries if "user" in e})
print("users:", users)
print("\n".join(json.dumps({"level": e["level"], "msg": e["msg"]}) for e in entries if e["level"] != "info"))
