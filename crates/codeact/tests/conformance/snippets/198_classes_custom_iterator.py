class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class PageIterator:
    def __init__(self, items, page_size):
        self.items = items
        self.page_size = page_size

    def __iter__(self):
        for start in range(0, len(self.items), self.page_size):
            yield self.items[start:start + self.page_size]


print(list(Countdown(5)))
counter = Countdown(3)
print(next(counter), next(counter), next(counter), next(counter, "done"))
for page_number, page in enumerate(PageIterator(list("abcdefghij"), 4), 1):
    print(page_number, page)
it = iter([10, 20, 30])
print(next(it), list(it), list(it))
print(sum(Countdown(100)), max(Countdown(7)), sorted(Countdown(4)))
