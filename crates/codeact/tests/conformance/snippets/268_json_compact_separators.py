import json

event = {"type": "click", "x": 120, "y": 45, "meta": {"button": "left", "mods": ["shift"]}}
compact = json.dumps(event, separators=(",", ":"))
spaced = json.dumps(event)
pretty = json.dumps(event, indent=1)
print(compact, len(compact))
print(spaced, len(spaced))
print(pretty)
print(json.dumps(event, indent="\t", sort_keys=True))
print(json.dumps([1, [2, [3, []]], {}], indent=2))
print(json.dumps({}, indent=2), json.dumps([], indent=2))
