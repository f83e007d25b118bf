from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext

print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.335"), Decimal("2.675")]
for p in prices:
    print(p, p.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), p.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))

subtotal = sum(prices)
tax = (subtotal * Decimal("0.0725")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("subtotal:", subtotal, "tax:", tax, "total:", subtotal + tax)
split = (Decimal("100.00") / 3).quantize(Decimal("0.01"))
print("split three ways:", split, "remainder:", Decimal("100.00") - split * 3)
print(Decimal("1.10") * 3, Decimal(10) / Decimal(4), Decimal("7") // 2, Decimal("-7") % 3)
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("2").sqrt())
print(round(Decimal("2.5")), round(Decimal("3.14159"), 2), float(Decimal("1.5")), int(Decimal("9.99")))
print(Decimal("3.000").normalize(), Decimal("1e3") == 1000, Decimal("0.1") == 0.1)
