class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, name, qty=1):
        self._items[name] = self._items.get(name, 0) + qty
        return self

    def remove(self, name, qty=1):
        if self._items.get(name, 0) < qty:
            raise KeyError(f"not enough {name}")
        self._items[name] -= qty
        if self._items[name] == 0:
            del self._items[name]

    def __contains__(self, name):
        return name in self._items

    def __len__(self):
        return sum(self._items.values())

    def __iter__(self):
        return iter(sorted(self._items))

    def __getitem__(self, name):
        return self._items.get(name, 0)


inv = Inventory()
inv.add("apple", 5).add("pear", 2).add("apple").add("fig", 4)
print(len(inv), list(inv), inv["apple"], inv["banana"])
inv.remove("pear", 2)
print("pear" in inv, "fig" in inv, len(inv))
try:
    inv.remove("fig", 10)
except KeyError as e:
    print("KeyError:", e)
for name in inv:
    print(f"{name}: {inv[name]}")
print(sorted(inv, key=lambda n: -inv[n]))
