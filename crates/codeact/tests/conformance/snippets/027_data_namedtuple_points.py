from collections import namedtuple
import math

Point = namedtuple("Point", ["x", "y"])
Store = namedtuple("Store", "name location revenue")

stores = [
    Store("Downtown", Point(0, 0), 120_000),
    Store("Airport", Point(12, 5), 95_000),
    Store("Harbor", Point(-3, 4), 143_500),
    Store("Mall", Point(6, -8), 88_250),
]

warehouse = Point(2, 1)
for store in stores:
    dx, dy = store.location.x - warehouse.x, store.location.y - warehouse.y
    distance = math.hypot(dx, dy)
    print(f"{store.name:<9} at {tuple(store.location)} is {distance:6.2f} km away")

closest = min(stores, key=lambda s: math.dist(s.location, warehouse))
print("Closest:", closest.name)
print(stores[2])
print(stores[0]._asdict())
moved = stores[1]._replace(location=Point(10, 5))
print(moved.location, Point._fields, len(stores[0]))
