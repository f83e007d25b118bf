import re

messages = [
    "Order #1042 shipped via UPS tracking 1Z999AA10123456784",
    "Refund for order #1038 approved: $45.90",
    "Hello, just checking in!",
    "Order #1051 delayed; new ETA 2024-05-03",
    "Payment of $1,299.00 received for order #1051",
]

orders = {}
for message in messages:
    if (m := re.search(r"#(\d+)", message)) is None:
        print("no order id:", message)
        continue
    order_id = int(m.group(1))
    info = orders.setdefault(order_id, [])
    if amount := re.search(r"\$([\d,]+\.\d{2})", message):
        info.append(("amount", float(amount.group(1).replace(",", ""))))
    if eta := re.search(r"ETA (\d{4}-\d{2}-\d{2})", message):
        info.append(("eta", eta.group(1)))
    if tracking := re.search(r"\b1Z[0-9A-Z]{16}\b", message):
        info.append(("tracking", tracking.group()))
for order_id in sorted(orders):
    print(order_id, orders[order_id])
