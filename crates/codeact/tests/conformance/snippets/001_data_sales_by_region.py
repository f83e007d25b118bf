from collections import defaultdict

sales = [
    {"region": "North", "product": "Widget", "units": 120, "price": 2.50},
    {"region": "South", "product": "Gadget", "units": 80, "price": 4.75},
    {"region": "North", "product": "Gadget", "units": 45, "price": 4.75},
    {"region": "East", "product": "Widget", "units": 200, "price": 2.50},
    {"region": "South", "product": "Widget", "units": 60, "price": 2.50},
    {"region": "East", "product": "Doohickey", "units": 15, "price": 12.00},
]

revenue_by_region = defaultdict(float)
units_by_product = defaultdict(int)
for sale in sales:
    revenue_by_region[sale["region"]] += sale["units"] * sale["price"]
    units_by_product[sale["product"]] += sale["units"]

print("Revenue by region:")
for region, revenue in sorted(revenue_by_region.items(), key=lambda kv: -kv[1]):
    print(f"  {region:<6} ${revenue:>9,.2f}")

total = sum(revenue_by_region.values())
print(f"Total revenue: ${total:,.2f}")
best_product = max(units_by_product, key=units_by_product.get)
print("Best selling product:", best_product, units_by_product[best_product])
print(dict(units_by_product))
