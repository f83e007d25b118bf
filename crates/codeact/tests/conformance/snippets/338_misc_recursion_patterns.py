def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + subset for subset in rest]


def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])


def nested_sum(data):
    if isinstance(data, (int, float)):
        return data
    if isinstance(data, dict):
        return sum(nested_sum(v) for v in data.values())
    return sum(nested_sum(item) for item in data)


print(factorial(10), factorial(25))
print(power_set(["a", "b", "c"]))
print(count_change(100, [50, 25, 10, 5, 1]))
print(nested_sum({"a": [1, 2, {"b": 3}], "c": (4, [5, 6.5]), "d": {}}))
print(sum(len(str(factorial(n))) for n in range(1, 30)))
