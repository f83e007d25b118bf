from dataclasses import dataclass, field


@dataclass
class LineItem:
    name: str
    unit_price: float
    quantity: int = 1
    total: float = field(init=False)

    def __post_init__(self):
        if self.quantity < 1:
            raise ValueError(f"{self.name}: quantity must be at least 1")
        self.total = round(self.unit_price * self.quantity, 2)


@dataclass
class Order:
    items: list = field(default_factory=list)
    discount: float = 0.0

    @property
    def subtotal(self):
        return round(sum(i.total for i in self.items), 2)

    @property
    def total(self):
        return round(self.subtotal * (1 - self.discount), 2)


order = Order([LineItem("pen", 1.25, 10), LineItem("notebook", 4.5, 3), LineItem("stapler", 12.99)], discount=0.1)
for item in order.items:
    print(item)
print(order.subtotal, order.total)
try:
    LineItem("ghost", 9.99, 0)
except ValueError as e:
    print("invalid:", e)
