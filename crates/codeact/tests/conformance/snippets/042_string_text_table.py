rows = [
    ("Product", "Qty", "Price"),
    ("Espresso", 2, 3.2),
    ("Cappuccino", 1, 4.5),
    ("Blueberry muffin", 3, 2.75),
    ("Tea", 12, 1.9),
]

widths = [max(len(str(row[i])) for row in rows) for i in range(3)]
separator = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(separator)
for index, (name, qty, price) in enumerate(rows):
    cells = [
        str(name).ljust(widths[0]),
        str(qty).rjust(widths[1]),
        (price if isinstance(price, str) else f"{price:.2f}").rjust(widths[2]),
    ]
    print("| " + " | ".join(cells) + " |")
    if index == 0:
        print(separator)
print(separator)
print("TOTAL".center(30, "="))
print("abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6, "0"))
