inventory = {
    "SKU-001": {"name": "USB cable", "stock": 4, "reorder_level": 10, "cost": 1.2},
    "SKU-002": {"name": "Keyboard", "stock": 25, "reorder_level": 5, "cost": 18.5},
    "SKU-003": {"name": "Mouse", "stock": 0, "reorder_level": 8, "cost": 7.0},
    "SKU-004": {"name": "Monitor", "stock": 7, "reorder_level": 3, "cost": 129.99},
    "SKU-005": {"name": "HDMI adapter", "stock": 2, "reorder_level": 6, "cost": 4.35},
}

to_reorder = []
for sku, item in inventory.items():
    if item["stock"] < item["reorder_level"]:
        quantity = item["reorder_level"] * 2 - item["stock"]
        to_reorder.append((sku, item["name"], quantity, quantity * item["cost"]))

print("Items to reorder:")
for sku, name, quantity, cost in to_reorder:
    status = "OUT OF STOCK" if inventory[sku]["stock"] == 0 else "low"
    print(f"  {sku} {name:<13} order {quantity:>3} units  (${cost:.2f})  [{status}]")

total_cost = sum(row[3] for row in to_reorder)
print(f"Total reorder cost: ${total_cost:.2f}")
stock_value = sum(i["stock"] * i["cost"] for i in inventory.values())
print(f"Current stock value: ${stock_value:.2f}")
