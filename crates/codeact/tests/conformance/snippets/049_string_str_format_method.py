template = "{name} ordered {qty} x {item} for {total:.2f} USD"
orders = [
    {"name": "Ana", "qty": 2, "item": "lamp", "total": 59.8},
    {"name": "Raj", "qty": 10, "item": "pencil", "total": 4.5},
]
for order in orders:
    print(template.format(**order))

print("{0} and {1}, then {0} again".format("spam", "eggs"))
print("{:<10}|{:^10}|{:>10}".format("left", "mid", "right"))
print("{:*^20}".format(" Report "))
print("{:,}".format(9876543210))
print("{:.3%}".format(0.98765))
point = (3, 4)
print("x={0[0]}, y={0[1]}".format(point))
print("{name!r} has {n:03d} items".format(name="box", n=7))
width, precision = 12, 3
print("[{:{w}.{p}f}]".format(3.14159265, w=width, p=precision))
print("{} {}".format(True, None))
print("{{literal braces}} {}".format(42))
