cart = [
    {"sku": "TSHIRT-M", "price": 19.99, "qty": 2, "category": "apparel"},
    {"sku": "MUG-01", "price": 8.50, "qty": 4, "category": "home"},
    {"sku": "HOODIE-L", "price": 49.00, "qty": 1, "category": "apparel"},
    {"sku": "POSTER", "price": 12.00, "qty": 3, "category": "home"},
]
promotions = {"apparel": 0.15, "home": 0.0}
coupon = {"code": "SAVE10", "min_total": 100, "amount": 10}

lines = []
for item in cart:
    gross = item["price"] * item["qty"]
    discount = gross * promotions.get(item["category"], 0)
    lines.append((item["sku"], gross, discount))
    print(f"{item['sku']:<9} {item['qty']} x {item['price']:6.2f} = {gross:7.2f}  -{discount:5.2f}")

subtotal = sum(g - d for _, g, d in lines)
if subtotal >= coupon["min_total"]:
    subtotal -= coupon["amount"]
    print(f"Coupon {coupon['code']} applied")
shipping = 0 if subtotal > 75 else 5.99
print(f"Subtotal {subtotal:.2f} + shipping {shipping:.2f} = {subtotal + shipping:.2f}")
print("Items:", sum(i["qty"] for i in cart), "Categories:", sorted({i["category"] for i in cart}))
