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
# `timedelta(hours=1.5)`, which monty refuses for a float: CPython's
# delta_new, on whole microseconds with the fractional parts gathered and
# rounded half to even at the end.
_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1000000), ("minutes", 60000000), ("hours", 3600000000), ("days", 86400000000), ("weeks", 604800000000))
_POSITIONAL = ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")
def _c_round(x):
    whole = int(x)
    fraction = x - whole
    if fraction >= 0.5:
        whole += 1
    elif fraction <= -0.5:
        whole -= 1
    return whole
def timedelta_of(cls, *args, **kwargs):
    if all(type(a) is int for a in args) and all(type(v) is int for v in kwargs.values()):
        return cls(*args, **kwargs)
    if len(args) > len(_POSITIONAL):
        return cls(*args, **kwargs)
    values = {}
    for name, value in zip(_POSITIONAL, args):
        values[name] = value
    for name, value in kwargs.items():
        if name not in _POSITIONAL or name in values:
            return cls(*args, **kwargs)
        values[name] = value
    total = 0
    leftover = 0.0
    for name, factor in _UNITS:
        value = values.get(name, 0)
        if not value:
            continue
        if type(value) is int or type(value) is bool:
            total += int(value) * factor
        elif type(value) is float:
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError("cannot convert float " + ("NaN" if value != value else "infinity") + " to integer")
            whole = int(value)
            total += whole * factor
            fraction = value - whole
            if fraction:
                scaled = factor * fraction
                scaled_whole = int(scaled)
                total += scaled_whole
                leftover += scaled - scaled_whole
        else:
            raise TypeError(f"unsupported type for timedelta {name} component: {type(value).__name__}")
    if leftover:
        rounded = _c_round(leftover)
        if abs(rounded - leftover) == 0.5:
            odd = total & 1
            rounded = 2 * _c_round((leftover + odd) * 0.5) - odd
        total += rounded
    return cls(microseconds=total)
# A timedelta times a float (monty refuses): the float's exact ratio,
# rounded half to even on microseconds, as CPython multiplies.
def mul(a, b):
    if _is_timedelta(a) and type(b) is float:
        n, d = _ratio(b)
        return type(a)(microseconds=_divide_and_round(_micro(a) * n, d))
    if _is_timedelta(b) and type(a) is float:
        return mul(b, a)
    return a * b
