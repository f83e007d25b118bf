import json

events_json = """[
  {"user": "u1", "event": "view", "page": "/home", "duration": 12},
  {"user": "u2", "event": "view", "page": "/pricing", "duration": 45},
  {"user": "u1", "event": "click", "page": "/pricing", "duration": 0},
  {"user": "u3", "event": "view", "page": "/home", "duration": 7},
  {"user": "u2", "event": "purchase", "page": "/checkout", "duration": 90},
  {"user": "u1", "event": "view", "page": "/docs", "duration": 130}
]"""

events = json.loads(events_json)
report = {"by_event": {}, "by_page": {}, "users": {}}
for e in events:
    report["by_event"][e["event"]] = report["by_event"].get(e["event"], 0) + 1
    page = report["by_page"].setdefault(e["page"], {"views": 0, "time": 0})
    page["views"] += e["event"] == "view"
    page["time"] += e["duration"]
    report["users"].setdefault(e["user"], []).append(e["event"])
report["converted"] = [u for u, evs in report["users"].items() if "purchase" in evs]
report["avg_duration"] = round(sum(e["duration"] for e in events) / len(events), 2)
print(json.dumps(report, indent=2))
