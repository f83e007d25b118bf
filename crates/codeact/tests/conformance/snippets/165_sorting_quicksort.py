def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    greater = [x for x in items if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def quickselect(items, k):
    pivot = items[0]
    lows = [x for x in items if x < pivot]
    pivots = [x for x in items if x == pivot]
    highs = [x for x in items if x > pivot]
    if k < len(lows):
        return quickselect(lows, k)
    if k < len(lows) + len(pivots):
        return pivot
    return quickselect(highs, k - len(lows) - len(pivots))


values = [33, 10, 55, 71, 29, 3, 18, 42, 10, 90, 64]
print(quicksort(values))
print("median:", quickselect(values, len(values) // 2))
print("3rd smallest:", quickselect(values, 2), "largest:", quickselect(values, len(values) - 1))
print(quicksort(list("quicksort")), quicksort([]), quicksort([1]))
