amounts = [1234.5, 0.1, 1000000, -42.125, 999.995, 12.3456, 0]

for amount in amounts:
    print(f"{amount:>14,.2f} | ${abs(amount):,.2f} | {amount:+.1f} | {amount:12.3e}")

def money(value, symbol="$"):
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{abs(value):,.2f}"


print(money(-1500.756), money(3.5, "€"), money(1e9, "£"))
print(f"{0.4567:.1%}", f"{1/3:.4f}", f"{2/3:.0%}")
print(f"{1234567:_}", f"{1234567:,}", f"{255:08b}", f"{255:#x}", f"{255:o}")
print(format(1234.5678, ".2f"), format(1234.5678, ",.1f"), format(42, "05d"))
