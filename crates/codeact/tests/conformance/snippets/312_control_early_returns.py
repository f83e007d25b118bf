def shipping_cost(order):
    if not order.get("items"):
        return 0.0
    if order.get("country") not in {"US", "CA", "MX"}:
        return None
    weight = sum(item["weight"] for item in order["items"])
    if weight > 30:
        return 49.99
    base = 5.0 if order["country"] == "US" else 12.0
    if order.get("express"):
        base *= 2
    return round(base + weight * 0.75, 2)


orders = [
    {"items": [], "country": "US"},
    {"items": [{"weight": 2}], "country": "FR"},
    {"items": [{"weight": 40}], "country": "US"},
    {"items": [{"weight": 1.5}, {"weight": 3}], "country": "US"},
    {"items": [{"weight": 1.5}, {"weight": 3}], "country": "CA", "express": True},
]
for order in orders:
    cost = shipping_cost(order)
    print("unsupported destination" if cost is None else f"shipping: {cost:.2f}")
