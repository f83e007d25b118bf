import json

payload = """
{
  "status": "ok",
  "data": {
    "user": {"id": 981, "name": "Mira Patel", "email": "mira@example.com"},
    "orders": [
      {"id": "A1", "total": 59.9, "items": [{"sku": "X", "qty": 2}, {"sku": "Y", "qty": 1}]},
      {"id": "A2", "total": 12.5, "items": [{"sku": "Z", "qty": 5}]}
    ],
    "flags": {"beta": true, "newsletter": false}
  },
  "errors": null
}
"""

response = json.loads(payload)
user = response["data"]["user"]
print(user["name"], user["id"], type(user["id"]).__name__)
orders = response["data"]["orders"]
print(len(orders), [o["id"] for o in orders])
print(sum(o["total"] for o in orders))
print(sum(item["qty"] for o in orders for item in o["items"]))
print(response["errors"] is None, response["data"]["flags"]["beta"] is True)
print({o["id"]: [i["sku"] for i in o["items"]] for o in orders})
print(type(response), type(orders), type(response["data"]["flags"]["newsletter"]))
