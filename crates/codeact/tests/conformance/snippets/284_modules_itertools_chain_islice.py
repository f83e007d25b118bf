from itertools import chain, islice, count, repeat, cycle

page1 = ["a", "b", "c"]
page2 = ["d", "e"]
page3 = ["f"]
print(list(chain(page1, page2, page3)))
print(list(chain.from_iterable([[1, 2], [3], [], [4, 5, 6]])))
print(list(islice(count(100, 5), 4)))
print(list(islice("abcdefghij", 2, 8, 2)))
print(list(repeat("x", 3)), list(zip(count(1), "abc")))
colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
ids = count(start=1)
tickets = [f"T{next(ids):03d}" for _ in range(3)]
print(tickets, next(ids))
stream = (n * n for n in count())
print(list(islice(stream, 5)), list(islice(stream, 3)))
