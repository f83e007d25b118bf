def memoize(func):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memoize
def grid_paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)


@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(grid_paths(3, 3), grid_paths(10, 10), grid_paths(18, 18))
print("cached entries:", len(grid_paths.cache))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(f"{a!r} -> {b!r}: {edit_distance(a, b)}")
