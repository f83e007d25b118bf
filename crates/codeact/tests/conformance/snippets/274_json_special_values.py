import json

values = [None, True, False, 0, -1, 3.0, 2.5e-8, 1e21, 10**20, "", [], {}, "null", [None, [True]]]
for v in values:
    print(f"{v!r:<16} -> {json.dumps(v)}")
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.loads("[1.0, 1, 1e2, -0.0, 1E-3]"))
print(json.loads('{"a": null, "b": true}'), json.loads("Infinity"))
print(json.dumps({True: 1, None: 2, 3: 4, 1.5: 5}))
