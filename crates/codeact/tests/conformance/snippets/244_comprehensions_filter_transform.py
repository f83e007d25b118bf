orders = [
    {"id": 1, "total": 120.0, "status": "paid", "items": 3},
    {"id": 2, "total": 35.5, "status": "refunded", "items": 1},
    {"id": 3, "total": 410.25, "status": "paid", "items": 7},
    {"id": 4, "total": 15.0, "status": "pending", "items": 1},
    {"id": 5, "total": 89.99, "status": "paid", "items": 2},
]

paid_ids = [o["id"] for o in orders if o["status"] == "paid"]
big_totals = [round(o["total"] * 1.2, 2) for o in orders if o["total"] > 50]
labels = ["large" if o["items"] > 2 else "small" for o in orders]
print(paid_ids)
print(big_totals)
print(labels)
print([f"#{o['id']}:{o['status'][0].upper()}" for o in orders])
print(sum(o["total"] for o in orders if o["status"] == "paid"))
print([o["id"] for o in orders if o["status"] == "paid" and o["items"] < 5])
