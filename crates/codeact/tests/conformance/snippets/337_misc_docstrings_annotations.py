def area(width: float, height: float = 1.0) -> float:
    """Compute a rectangle's area.

    Both sides must be non-negative.
    """
    if width < 0 or height < 0:
        raise ValueError("sides must be non-negative")
    return width * height


class Invoice:
    """An invoice with line items."""

    currency: str = "EUR"

    def __init__(self, number: str) -> None:
        self.number = number
        self.lines: list[tuple[str, float]] = []

    def add(self, label: str, amount: float) -> "Invoice":
        self.lines.append((label, amount))
        return self


print(area(3, 4), area(2.5))
print(area.__doc__.splitlines()[0])
print(area.__name__, area(width=2, height=0.5))
inv = Invoice("F-1").add("design", 1200).add("hosting", 80.5)
print(inv.number, inv.lines, Invoice.currency, Invoice.__doc__)
total: float = sum(amount for _, amount in inv.lines)
print(total)
