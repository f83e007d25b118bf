from functools import lru_cache, reduce, partial, wraps, total_ordering


@total_ordering
class Priority:
    def __init__(self, level):
        self.level = level

    def __eq__(self, other):
        return self.level == other.level

    def __lt__(self, other):
        return self.level < other.level

    def __repr__(self):
        return f"P{self.level}"


print(Priority(1) <= Priority(2), Priority(3) >= Priority(3), Priority(5) > Priority(2))
print(sorted([Priority(3), Priority(1), Priority(2)]), max(Priority(4), Priority(9)))
product = reduce(lambda a, b: a * b, range(1, 8), 1)
longest = reduce(lambda a, b: a if len(a) >= len(b) else b, ["ant", "giraffe", "cat", "hippo"])
print(product, longest)
nested = reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {})
print(nested)


@lru_cache(maxsize=2)
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n


print([slow_square(n) for n in [2, 3, 2, 4, 2]])
print(slow_square.cache_info())
