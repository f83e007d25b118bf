import json

report = {
    "title": "Weekly metrics",
    "week": 23,
    "metrics": {"visitors": 15230, "signups": 412, "conversion": 0.02705},
    "top_pages": ["/pricing", "/docs", "/blog/launch"],
    "alerts": [],
    "owner": None,
    "published": False,
}

print(json.dumps(report))
print(json.dumps(report, indent=2))
print(json.dumps(report, indent=4, sort_keys=True))
print(json.dumps(report["metrics"], sort_keys=True, separators=(",", ":")))
