import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}


class CalcError(Exception):
    pass


def calculate(expression):
    parts = expression.split()
    if len(parts) != 3:
        raise CalcError(f"expected 'a op b', got {expression!r}")
    left, op, right = parts
    if op not in OPS:
        raise CalcError(f"unknown operator {op!r}")
    try:
        a, b = float(left), float(right)
        return OPS[op](a, b)
    except ValueError:
        raise CalcError(f"not a number in {expression!r}")
    except ZeroDivisionError:
        raise CalcError("division by zero")
    except OverflowError:
        raise CalcError("result too large")


for expr in ["3 + 4", "10 / 4", "2 ^ 10", "5 / 0", "x * 2", "1 % 2", "7", "10 ^ 400", "2.5 * -4"]:
    try:
        print(f"{expr:<10} = {calculate(expr)}")
    except CalcError as e:
        print(f"{expr:<10} ! {e}")
