import json

tool_output = json.dumps({
    "query": "weather",
    "results": [
        {"city": "Oslo", "temp_c": -3.5, "conditions": "snow", "wind_kph": 18},
        {"city": "Lima", "temp_c": 19.0, "conditions": "cloudy"},
        {"city": "Perth", "temp_c": 31.2, "conditions": "sunny", "wind_kph": 25},
        {"city": "Reykjavik", "conditions": "rain", "wind_kph": 40},
    ],
})

data = json.loads(tool_output)
print(f"Got {len(data['results'])} results for {data['query']!r}")
rows = []
for item in data["results"]:
    temp = item.get("temp_c")
    rows.append({
        "city": item["city"],
        "temp_f": round(temp * 9 / 5 + 32, 1) if temp is not None else None,
        "windy": item.get("wind_kph", 0) > 20,
    })
known = [r for r in rows if r["temp_f"] is not None]
warmest = max(known, key=lambda r: r["temp_f"])
print(json.dumps(rows, indent=2))
print("Warmest:", warmest["city"], warmest["temp_f"], "F; windy cities:", [r["city"] for r in rows if r["windy"]])
