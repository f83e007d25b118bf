from functools import reduce


def compose(*functions):
    return reduce(lambda f, g: lambda x: g(f(x)), functions, lambda x: x)


normalize = compose(str.strip, str.lower, lambda s: " ".join(s.split()))
print(repr(normalize("   Hello    WORLD  from   Python ")))

pipeline = compose(
    lambda xs: [x for x in xs if x is not None],
    lambda xs: [x * 1.1 for x in xs],
    lambda xs: [round(x, 2) for x in xs],
    sorted,
)
print(pipeline([10, None, 3, 7.5, None, 1]))

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(42))
steps = [inc] * 10
print(compose(*steps)(0))
