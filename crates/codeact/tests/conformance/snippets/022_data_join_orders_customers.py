customers = [
    {"id": 1, "name": "Northwind", "tier": "gold"},
    {"id": 2, "name": "Contoso", "tier": "silver"},
    {"id": 3, "name": "Fabrikam", "tier": "gold"},
    {"id": 4, "name": "Tailspin", "tier": "bronze"},
]
orders = [
    {"order_id": 1001, "customer_id": 2, "total": 250.0},
    {"order_id": 1002, "customer_id": 1, "total": 1200.0},
    {"order_id": 1003, "customer_id": 2, "total": 75.5},
    {"order_id": 1004, "customer_id": 5, "total": 19.99},
    {"order_id": 1005, "customer_id": 3, "total": 640.0},
]

customer_by_id = {c["id"]: c for c in customers}
joined = []
orphans = []
for order in orders:
    customer = customer_by_id.get(order["customer_id"])
    if customer is None:
        orphans.append(order["order_id"])
        continue
    joined.append({**order, "customer": customer["name"], "tier": customer["tier"]})

for row in joined:
    print(row["order_id"], row["customer"], row["tier"], row["total"])
print("Orders without customer:", orphans)
ordered_ids = {o["customer_id"] for o in orders}
no_orders = [c["name"] for c in customers if c["id"] not in ordered_ids]
print("Customers without orders:", no_orders)
tier_totals = {}
for row in joined:
    tier_totals[row["tier"]] = tier_totals.get(row["tier"], 0) + row["total"]
print(tier_totals)
