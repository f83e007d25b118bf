import json

counts = {1: "one", 2: "two", 10: "ten"}
text = json.dumps(counts)
print(text)
back = json.loads(text)
print(back, list(back))
restored = {int(k): v for k, v in back.items()}
print(restored == counts)

matrix = ((1, 2), (3, 4))
print(json.dumps(matrix), json.loads(json.dumps(matrix)))
print(json.dumps({"set_as_list": sorted({3, 1, 2})}))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "tuple key"}, skipkeys=True))
nested = {"outer": {"inner": {"value": 1}}}
print(json.dumps(nested), len(json.dumps(nested)), json.loads(json.dumps(nested))["outer"]["inner"]["value"])
