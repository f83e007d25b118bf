from operator import attrgetter


class Book:
    def __init__(self, title, author, year, pages):
        self.title = title
        self.author = author
        self.year = year
        self.pages = pages

    def __repr__(self):
        return f"Book({self.title!r}, {self.year})"


library = [
    Book("Dune", "Herbert", 1965, 412),
    Book("Neuromancer", "Gibson", 1984, 271),
    Book("Foundation", "Asimov", 1951, 255),
    Book("I, Robot", "Asimov", 1950, 253),
    Book("Hyperion", "Simmons", 1989, 482),
]

print(sorted(library, key=attrgetter("year")))
print(sorted(library, key=attrgetter("author", "year")))
print([b.title for b in sorted(library, key=lambda b: b.pages, reverse=True)])
longest = max(library, key=attrgetter("pages"))
print("longest:", longest.title, longest.pages)
print(sorted(b.author for b in library))
