# Messages of monty's exceptions in CPython 3.11's words, for an exception
# the code catches by name (monty words some after CPython 3.14, some its
# own way). Only messages that say everything CPython's would are mapped.
_SEQUENCES = ("str", "list", "tuple", "bytes", "bytearray")
_DATETIME_RANGES = (("year", "1..9999"), ("month", "1..12"), ("hour", "0..23"), ("minute", "0..59"), ("second", "0..59"), ("microsecond", "0..999999"))
_PRODUCT = "unsupported operand type(s) for *: '"
_CONTAINER = "' is not a container or iterable"
_JSON_RANGE = "Out of range float values are not JSON compliant"
_TYPES = {"ValueError": ValueError, "TypeError": TypeError, "ZeroDivisionError": ZeroDivisionError}
def _message(kind, message):
    if kind == "ValueError":
        # Only monty's math module words a ValueError "expected a ...".
        if message.startswith("expected a ") or message.startswith("expected argument value "):
            return "math domain error"
        # datetime's range checks, less the value CPython 3.11 leaves out.
        for field, bounds in _DATETIME_RANGES:
            if message.startswith(field + " must be in " + bounds + ", not "):
                return "year " + message[len(field + " must be in " + bounds + ", not "):] + " is out of range" if field == "year" else field + " must be in " + bounds
        if message == "max() iterable argument is empty" or message == "min() iterable argument is empty":
            return message[:5] + " arg is an empty sequence"
        if message.startswith("day ") and " must be in range 1.." in message and " for month " in message:
            return "day is out of range for month"
        # json.dumps(allow_nan=False): CPython 3.11 does not name the value.
        if message.startswith(_JSON_RANGE + ": ") and message[len(_JSON_RANGE) + 2:] in ("nan", "inf", "-inf"):
            return _JSON_RANGE
    elif kind == "ZeroDivisionError":
        if message == "zero to a negative power":
            return "0.0 cannot be raised to a negative power"
    elif kind == "TypeError":
        if message.startswith(_PRODUCT) and message.endswith("'"):
            left, sep, right = message[len(_PRODUCT):-1].partition("' and '")
            if sep and left in _SEQUENCES:
                return "can't multiply sequence by non-int of type '" + right + "'"
            if sep and right in _SEQUENCES:
                return "can't multiply sequence by non-int of type '" + left + "'"
        # Two datetimes (or times) fail to order only when one is naive and
        # the other aware.
        for kind_name, plural in (("datetime", "datetimes"), ("time", "times")):
            for op in ("<", "<=", ">", ">="):
                if message == "'" + op + "' not supported between instances of 'datetime." + kind_name + "' and 'datetime." + kind_name + "'":
                    return "can't compare offset-naive and offset-aware " + plural
        # A dict key or set element that cannot be hashed: CPython 3.11
        # names only the type.
        if message.startswith("cannot use '") and " (unhashable type: '" in message and message.endswith("')"):
            return message[message.index("(unhashable type: '") + 1:-1]
        if message.startswith("argument of type '") and message.endswith(_CONTAINER):
            return message[:-len(_CONTAINER)] + "' is not iterable"
    return None
def fix(error):
    # monty's exception types are not `is` themselves: compare the names.
    kind = type(error).__name__
    if kind == "KeyError":
        if str(error) == "\"'popitem(): dictionary is empty'\"":
            return KeyError("popitem(): dictionary is empty")
        return error
    message = _message(kind, str(error))
    if message is None:
        return error
    return _TYPES[kind](message)
