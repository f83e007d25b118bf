records = iter(["header", "row1", "row2"])
print(next(records))
print(next(records), next(records))
print(next(records, "END"))
try:
    next(records)
except StopIteration:
    print("StopIteration raised")


def first_match(items, predicate):
    return next((item for item in items if predicate(item)), None)


print(first_match([3, 8, 12, 5], lambda x: x > 10))
print(first_match([3, 8], lambda x: x > 10))
gen = (n * n for n in range(3))
print(list(gen), list(gen))
it = iter({"a": 1, "b": 2})
print(next(it), next(it), next(it, None))
