# Division by zero with CPython 3.11's messages: monty says "division by
# zero" for every operator and type. Each helper runs the operation itself,
# so a divisor that is not zero (or not a number) gets what Python gives.
_INT = {"/": "division by zero", "//": "integer division or modulo by zero", "%": "integer modulo by zero", "divmod": "integer division or modulo by zero"}
_FLOAT = {"/": "float division by zero", "//": "float floor division by zero", "%": "float modulo", "divmod": "float divmod()"}
_NUMBERS = (int, bool, float)
def _message(a, b, op):
    if type(a) not in _NUMBERS or type(b) not in _NUMBERS:
        return None
    if type(a) is float or type(b) is float:
        return _FLOAT[op]
    return _INT[op]
def _checked(operation, a, b, op):
    try:
        return operation()
    except ZeroDivisionError:
        message = _message(a, b, op)
        if message is None:
            raise
    raise ZeroDivisionError(message)
def truediv(a, b):
    if _is_timedelta(a):
        return _timedelta_truediv(a, b)
    return _checked(lambda: a / b, a, b, "/")
def floordiv(a, b):
    if _is_timedelta(a):
        return _timedelta_floordiv(a, b)
    return _checked(lambda: a // b, a, b, "//")
def mod(a, b):
    if _is_timedelta(a) and _is_timedelta(b):
        return type(a)(microseconds=mod(_micro(a), _micro(b)))
    return _checked(lambda: a % b, a, b, "%")
def divmod_(a, b):
    if _is_timedelta(a) and _is_timedelta(b):
        q, r = divmod_(_micro(a), _micro(b))
        return q, type(a)(microseconds=r)
    return _checked(lambda: divmod(a, b), a, b, "divmod")
# timedelta by timedelta (monty has neither), by a float (monty refuses)
# and by zero, computed on whole microseconds as CPython's datetime does.
def _is_timedelta(x):
    return type(x).__name__ == "timedelta"
def _micro(td):
    return (td.days * 86400 + td.seconds) * 1000000 + td.microseconds
# n / d == f exactly (doubling a float is exact; monty's floats lack
# as_integer_ratio).
def _ratio(f):
    n = f
    d = 1
    while n != int(n):
        n *= 2.0
        d *= 2
    return int(n), d
def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q
def _timedelta_truediv(a, b):
    if _is_timedelta(b):
        return truediv(_micro(a), _micro(b))
    if type(b) is float:
        n, d = _ratio(b)
        if n == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return type(a)(microseconds=_divide_and_round(d * _micro(a), n))
    if type(b) in (int, bool) and b == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    return a / b
def _timedelta_floordiv(a, b):
    if _is_timedelta(b):
        return floordiv(_micro(a), _micro(b))
    if type(b) in (int, bool) and b == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    return a // b
