import json
from datetime import date

text = """{
  "project": "apollo",
  "start": "2024-02-01",
  "milestones": [
    {"name": "design", "due": "2024-03-15", "budget": "12000.50"},
    {"name": "build", "due": "2024-06-30", "budget": "48000"}
  ]
}"""


def decode(obj):
    for key, value in obj.items():
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            obj[key] = date.fromisoformat(value)
        elif key == "budget":
            obj[key] = float(value)
    return obj


project = json.loads(text, object_hook=decode)
print(project["start"], type(project["start"]).__name__)
for m in project["milestones"]:
    print(m["name"], (m["due"] - project["start"]).days, "days,", m["budget"])
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs)
print(json.loads('{"price": 19.99}', parse_float=lambda s: s + "!"), json.loads("[1, 2]", parse_int=float))
