import re

lines = ["id=17 name=ann", "no id here", "id=42 name=bob", "id=x name=err", "id=99"]
ids = [int(m.group(1)) for line in lines if (m := re.search(r"id=(\d+)", line))]
print(ids)

values = [4, 9, 15, 2, 20, 7]
scaled = [y for x in values if (y := x * 3) > 20]
print(scaled)

data = {"a": "12", "b": "x", "c": "7", "d": "30"}
parsed = {k: n for k, v in data.items() if v.isdigit() and (n := int(v)) > 10}
print(parsed)

stream = iter([5, 3, 8, 0, 6])
batch = []
while (item := next(stream, None)) is not None and item != 0:
    batch.append(item)
print(batch)
if (count := len(batch)) > 2:
    print(f"batch has {count} items; the walrus leaked y={y} from the comprehension")
