prices = [19.99, 5.49, 102.0, 47.5, 3.0]
with_tax = list(map(lambda p: round(p * 1.08, 2), prices))
print(with_tax)
expensive = list(filter(lambda p: p > 20, prices))
print(expensive)
print(list(map(str.upper, ["ada", "grace", "linus"])))
print(list(map(str.strip, ["  a ", "b  ", "   c"])))
print(list(map(len, ["one", "three", "seven"])), list(map(int, "12345")))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b: a - b, [10, 20], [1, 2])))
print(sorted(["banana", "Apple", "cherry"], key=str.lower), list(filter(str.isdigit, ["1", "x", "23"])))
square = lambda x: x * x
print(square(12), (lambda *args: sum(args))(1, 2, 3), (lambda: "no args")())
ops = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
value = 3
for op in ops:
    value = op(value)
print(value)
