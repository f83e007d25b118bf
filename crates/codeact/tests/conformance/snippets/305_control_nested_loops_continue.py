orders = {
    "A100": [("widget", 2, 3.5), ("gadget", 0, 12.0), ("doohickey", 1, -4.0)],
    "A101": [],
    "A102": [("widget", 5, 3.5), ("gizmo", 1, 99.0)],
}

for order_id, lines in orders.items():
    if not lines:
        print(f"{order_id}: empty order, skipped")
        continue
    total = 0.0
    for name, qty, price in lines:
        if qty == 0:
            print(f"  {order_id}: {name} has zero quantity")
            continue
        if price < 0:
            print(f"  {order_id}: {name} has a negative price, order rejected")
            break
        total += qty * price
    else:
        print(f"{order_id}: total {total:.2f}")
        continue
    print(f"{order_id}: rejected")

found = None
for i in range(2, 20):
    for j in range(2, 20):
        if i * j == 91:
            found = (i, j)
            break
    if found:
        break
print("factors of 91:", found)
