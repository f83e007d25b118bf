import operator
from itertools import accumulate, pairwise, starmap, takewhile, dropwhile, filterfalse, compress, tee

deposits = [100, 50, -30, 200, -120, 40]
print(list(accumulate(deposits)))
print(list(accumulate(deposits, max)))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([1, 2, 3], initial=10)))
print(list(pairwise("ABCD")), [b - a for a, b in pairwise([3, 7, 8, 15])])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(takewhile(lambda x: x < 10, [1, 4, 9, 16, 2])))
print(list(dropwhile(lambda line: line.startswith("#"), ["# a", "# b", "data", "# c"])))
print(list(filterfalse(str.isdigit, ["1", "a", "22", "b3"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
left, right = tee([1, 2, 3])
print(list(left), sum(right))
