def flatten(items):
    result = []
    for item in items:
        if isinstance(item, (list, tuple)):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


nested = [1, [2, 3], [4, [5, 6, [7]]], (8, 9), [], [[[]]], 10]
flat = flatten(nested)
print(flat)
print("count:", len(flat), "sum:", sum(flat))


def depth(items):
    if not isinstance(items, (list, tuple)):
        return 0
    return 1 + max((depth(i) for i in items), default=0)


print("max depth:", depth(nested))
matrix = [[1, 2], [3, 4], [5, 6]]
print([x for row in matrix for x in row])
