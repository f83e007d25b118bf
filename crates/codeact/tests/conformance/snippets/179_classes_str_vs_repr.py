class Product:
    def __init__(self, sku, name, price):
        self.sku = sku
        self.name = name
        self.price = price

    def __str__(self):
        return f"{self.name} (${self.price:.2f})"

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price!r})"


class Plain:
    pass


item = Product("A-1", "Desk lamp", 34.5)
print(item)
print(str(item))
print(repr(item))
print([item])
print(f"{item}", f"{item!r}", "%s | %r" % (item, item))
print({"featured": item})
print("plain object of type", type(Plain()).__name__)
print(str(42), repr("42"), repr(3.0), str([1, "a"]), repr(None))
