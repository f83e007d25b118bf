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
def truediv(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        message = _message(a, b, "/")
        if message is None:
            raise
    raise ZeroDivisionError(message)
def floordiv(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        message = _message(a, b, "//")
        if message is None:
            raise
    raise ZeroDivisionError(message)
def mod(a, b):
    try:
        return a % b
    except ZeroDivisionError:
        message = _message(a, b, "%")
        if message is None:
            raise
    raise ZeroDivisionError(message)
def divmod_(a, b):
    try:
        return divmod(a, b)
    except ZeroDivisionError:
        message = _message(a, b, "divmod")
        if message is None:
            raise
    raise ZeroDivisionError(message)
