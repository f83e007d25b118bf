invoice = {
    "number": "INV-2024-0042",
    "customer": "Acme Corp",
    "items": [
        ("Consulting hours", 12, 150.0),
        ("Travel expenses", 1, 342.18),
        ("Software license", 3, 99.99),
    ],
    "tax_rate": 0.0825,
    "discount": 0.05,
}

subtotal = 0.0
print(f"Invoice {invoice['number']} for {invoice['customer']}")
print("-" * 48)
for description, qty, unit_price in invoice["items"]:
    line_total = qty * unit_price
    subtotal += line_total
    print(f"{description:<20}{qty:>4} x {unit_price:>8.2f} = {line_total:>9.2f}")

discount = round(subtotal * invoice["discount"], 2)
taxable = subtotal - discount
tax = round(taxable * invoice["tax_rate"], 2)
grand_total = round(taxable + tax, 2)
print("-" * 48)
print(f"{'Subtotal':<38}{subtotal:>10.2f}")
print(f"{'Discount (5%)':<38}{-discount:>10.2f}")
print(f"{'Tax (8.25%)':<38}{tax:>10.2f}")
print(f"{'TOTAL':<38}{grand_total:>10.2f}")
