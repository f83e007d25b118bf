record = ("2024-06-01", "Berlin", 21.5, 18.0, 25.1, "sunny")
date, city, *temps, sky = record
print(date, city, temps, sky)
first, *_, last = range(10)
print(first, last)
(a, b), c = (1, 2), 3
print(a, b, c)
head, *tail = "python"
print(head, tail)
x, y = y, x = 1, 2
print(x, y)
low, high = sorted([42, 7])
print(low, high)
coords = [(1, 2), (3, 4), (5, 6)]
for i, (lat, lon) in enumerate(coords):
    print(i, lat + lon)
merged = [*coords[0], *coords[1], 99]
print(merged, {**{"a": 1}, "b": 2, **{"a": 3}})


def stats(*numbers, precision=2, **options):
    mean = sum(numbers) / len(numbers)
    return round(mean, precision), sorted(options)


args = [3, 5, 8]
print(stats(*args), stats(*args, 13, precision=1, verbose=True, unit="m"))
print(*["a", "b", "c"], sep="-")
