matrix = [[1, 2, 3], [4, 5, 6]]
coordinates = [(0, 1), (1, 2), (2, 0), (1, -1), (0, 5)]
for r, c in coordinates:
    try:
        print(f"matrix[{r}][{c}] = {matrix[r][c]}")
    except IndexError as e:
        print(f"matrix[{r}][{c}] -> IndexError: {e}")

values = [10, "20", 30.5, None, [40]]
total = 0
for v in values:
    try:
        total += v
    except TypeError as e:
        print(f"skipping {v!r}: {e}")
print("total:", total)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(e)
