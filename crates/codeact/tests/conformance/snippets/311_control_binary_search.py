def binary_search(items, target):
    low, high = 0, len(items) - 1
    steps = 0
    while low <= high:
        steps += 1
        mid = (low + high) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1, steps


data = list(range(3, 300, 7))
for target in [3, 94, 157, 297, 100]:
    index, steps = binary_search(data, target)
    print(f"search {target:>3}: index {index:>3} in {steps} steps")


def first_true(low, high, predicate):
    while low < high:
        mid = (low + high) // 2
        if predicate(mid):
            high = mid
        else:
            low = mid + 1
    return low


print("smallest n with n*n >= 2024:", first_true(0, 2024, lambda n: n * n >= 2024))
speeds = [3, 6, 7, 11]
print("min eating speed:", first_true(1, 11, lambda k: sum(-(-p // k) for p in speeds) <= 8))
