orders = [
    ("order-1", "pending"), ("order-2", "shipped"), ("order-3", "pending"),
    ("order-4", "delivered"), ("order-5", "shipped"), ("order-6", "pending"),
]
priority = {"pending": 0, "shipped": 1, "delivered": 2}

by_status = sorted(orders, key=lambda o: priority[o[1]])
for order_id, status in by_status:
    print(order_id, status)

records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
step1 = sorted(records, key=lambda r: r[0])
step2 = sorted(step1, key=lambda r: r[1])
print(step2)
print(sorted(records, key=lambda r: (r[1], r[0])) == step2)
print(sorted(["bb", "a", "ccc", "dd", "e"], key=len))
