def make_calculator():
    history = []

    def record(op):
        def wrapper(a, b):
            result = op(a, b)
            history.append(f"{a} {op.__name__} {b} = {result}")
            return result
        return wrapper

    def add(a, b):
        return a + b

    def sub(a, b):
        return a - b

    def mul(a, b):
        return a * b

    def div(a, b):
        return a / b if b else float("inf")

    ops = {"+": record(add), "-": record(sub), "*": record(mul), "/": record(div)}
    return ops, history


ops, history = make_calculator()
commands = [("+", 2, 3), ("*", 4, 2.5), ("/", 10, 4), ("-", 1, 8), ("/", 1, 0), ("%", 5, 2)]
for symbol, a, b in commands:
    func = ops.get(symbol)
    print(func(a, b) if func else f"unsupported operator {symbol}")
print(history)
