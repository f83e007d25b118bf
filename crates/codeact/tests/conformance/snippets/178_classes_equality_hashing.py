class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x ** 2 + self.y ** 2) < (other.x ** 2 + other.y ** 2)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


points = [Point(3, 4), Point(1, 1), Point(3, 4), Point(0, 2), Point(1, 1)]
unique = list(dict.fromkeys(points))
print(unique)
print(len(set(points)), Point(3, 4) in set(points))
print(sorted(unique))
visits = {}
for p in points:
    visits[p] = visits.get(p, 0) + 1
print(visits)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2))
print(min(points), max(points))
