readings = [
    {"sensor": "A", "value": 21.5}, {"sensor": "A", "value": None},
    {"sensor": "A", "value": 22.1}, {"sensor": "B", "value": 18.0},
    {"sensor": "B", "value": None}, {"sensor": "B", "value": 17.2},
    {"sensor": "B", "value": 19.4}, {"sensor": "A", "value": None},
]

by_sensor = {}
for r in readings:
    if r["value"] is not None:
        by_sensor.setdefault(r["sensor"], []).append(r["value"])
means = {s: sum(v) / len(v) for s, v in by_sensor.items()}
print("means:", {s: round(m, 3) for s, m in means.items()})

filled = []
missing = 0
for r in readings:
    value = r["value"]
    if value is None:
        missing += 1
        value = round(means[r["sensor"]], 2)
    filled.append({**r, "value": value})

print("missing values filled:", missing)
for r in filled:
    print(r["sensor"], r["value"])
print("original untouched:", readings[1]["value"] is None)
