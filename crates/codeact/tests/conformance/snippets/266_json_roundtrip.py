import json

original = {
    "name": "sensor-7",
    "tags": ("outdoor", "roof"),
    "readings": [21.5, 22.0, None],
    "calibrated": True,
    "offsets": {1: 0.5, 2: -0.25},
    "ratio": 1 / 3,
    "count": 10**18,
}

text = json.dumps(original)
print(text)
restored = json.loads(text)
print(restored)
print(restored == original)
print(type(restored["tags"]).__name__, list(restored["offsets"].keys()))
print(restored["ratio"] == original["ratio"], restored["count"] == original["count"])
again = json.dumps(restored)
print(again == text)
