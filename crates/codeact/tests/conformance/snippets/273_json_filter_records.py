import json

inventory_json = """[
  {"id": 1, "name": "Laptop", "price": 1299.0, "stock": 5, "tags": ["electronics", "computers"]},
  {"id": 2, "name": "Desk Chair", "price": 249.5, "stock": 0, "tags": ["furniture"]},
  {"id": 3, "name": "Headphones", "price": 199.99, "stock": 32, "tags": ["electronics", "audio"]},
  {"id": 4, "name": "Standing Desk", "price": 579.0, "stock": 2, "tags": ["furniture", "office"]},
  {"id": 5, "name": "USB Hub", "price": 29.99, "stock": 120, "tags": ["electronics"]}
]"""

items = json.loads(inventory_json)
in_stock_electronics = [i for i in items if "electronics" in i["tags"] and i["stock"] > 0]
print(json.dumps([i["name"] for i in in_stock_electronics]))
cheap = [{"name": i["name"], "price": i["price"]} for i in items if i["price"] < 300]
print(json.dumps(cheap, indent=2))
stock_value = {i["name"]: round(i["price"] * i["stock"], 2) for i in items}
print(json.dumps(stock_value, sort_keys=True))
tag_index = {}
for i in items:
    for tag in i["tags"]:
        tag_index.setdefault(tag, []).append(i["id"])
print(json.dumps(dict(sorted(tag_index.items()))))
