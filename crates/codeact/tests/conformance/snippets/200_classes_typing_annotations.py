from typing import Optional, List, Dict, Tuple, Union


class Catalog:
    def __init__(self) -> None:
        self.items: Dict[str, float] = {}

    def add(self, name: str, price: float) -> None:
        self.items[name] = price

    def find(self, name: str) -> Optional[float]:
        return self.items.get(name)

    def cheapest(self, n: int = 2) -> List[Tuple[str, float]]:
        return sorted(self.items.items(), key=lambda kv: kv[1])[:n]


def parse_price(value: Union[str, int, float]) -> float:
    if isinstance(value, str):
        return float(value.replace("$", "").replace(",", ""))
    return float(value)


catalog = Catalog()
for name, raw in [("mouse", "$24.99"), ("monitor", "1,199.00"), ("cable", 7), ("hub", 19.5)]:
    catalog.add(name, parse_price(raw))
print(catalog.items)
print(catalog.find("cable"), catalog.find("printer"))
print(catalog.cheapest(), catalog.cheapest(n=1))
print(parse_price("$1,000"), parse_price(3), parse_price.__name__)
