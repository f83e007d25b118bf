import re

listing = """Laptop Pro 15: $1,299.99 (was $1,499.00)
USB-C Hub - $34.50
Monitor 27" $329
Warranty: add $99.95/year. Shipping $0.00. Discount -$50.00"""

price_pattern = re.compile(r"(-?)\$(\d{1,3}(?:,\d{3})*(?:\.\d{2})?)")
prices = []
for sign, amount in price_pattern.findall(listing):
    value = float(amount.replace(",", ""))
    prices.append(-value if sign else value)
print(prices)
print(f"sum={sum(prices):.2f} max={max(prices):.2f}")

for line in listing.splitlines():
    m = re.search(r"^(.*?)[\s:-]*\$([\d,.]+)", line)
    if m:
        print(f"{m.group(1).strip():<15} first price {m.group(2)}")
