catalog = [
    ("SKU1", "Keyboard", "peripherals", 49.0),
    ("SKU2", "Mouse", "peripherals", 19.0),
    ("SKU3", "Monitor", "displays", 229.0),
    ("SKU4", "Webcam", "peripherals", 59.0),
    ("SKU5", "Projector", "displays", 499.0),
]

by_sku = {sku: {"name": name, "category": cat, "price": price} for sku, name, cat, price in catalog}
print(by_sku["SKU3"])
categories = {cat: [name for _, name, c, _ in catalog if c == cat] for _, _, cat, _ in catalog}
print(categories)
price_bands = {sku: ("budget" if p < 50 else "mid" if p < 250 else "premium") for sku, _, _, p in catalog}
print(price_bands)
cart = ["SKU2", "SKU2", "SKU5", "SKU9"]
resolved = [by_sku[s]["name"] if s in by_sku else f"unknown {s}" for s in cart]
print(resolved, sum(by_sku[s]["price"] for s in cart if s in by_sku))
