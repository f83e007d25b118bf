import operator
from functools import reduce

print(operator.add(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.mod(17, 5), operator.pow(2, 8), operator.eq("a", "a"))
print(reduce(operator.mul, range(1, 6)), reduce(operator.add, ["a", "b", "c"]))
records = [("ann", 31, "NY"), ("bob", 25, "LA"), ("cy", 31, "SF")]
print(sorted(records, key=operator.itemgetter(1, 0)))
print(list(map(operator.itemgetter(0), records)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
upper = operator.methodcaller("upper")
replace_dash = operator.methodcaller("replace", "-", "_")
print(upper("shout"), replace_dash("a-b-c"))
ops = {"<": operator.lt, ">=": operator.ge, "==": operator.eq, "!=": operator.ne}
print({sym: fn(3, 5) for sym, fn in ops.items()})
print(operator.contains([1, 2, 3], 2), operator.getitem("hello", 1), operator.not_(0))
