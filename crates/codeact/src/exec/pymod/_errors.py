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
        if message.startswith("time data "):
            return _strptime_message(message)
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



# strptime of a date its format reads but the calendar lacks
# ("2010-02-30"): monty says the data does not match, CPython's regex for
# the format matches and the date then fails with "day is out of range
# for month". Read with CPython's regexes, for formats of numeric fields.
_FIELDS = {"Y": "(\\d\\d\\d\\d)", "m": "(1[0-2]|0[1-9]|[1-9])", "d": "(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])", "H": "(2[0-3]|[0-1]\\d|\\d)", "M": "([0-5]\\d|\\d)", "S": "(6[0-1]|[0-5]\\d|\\d)", "y": "(\\d\\d)"}
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _strptime_message(message):
    import re
    found = re.fullmatch(r"time data '([^']*)' does not match format '([^']*)'", message)
    if found is None:
        return None
    data, form = found.group(1), found.group(2)
    pattern = ""
    order = []
    i = 0
    while i < len(form):
        c = form[i]
        if c == "%":
            if i + 1 >= len(form) or form[i + 1] not in _FIELDS:
                return None
            order.append(form[i + 1])
            pattern += _FIELDS[form[i + 1]]
            i += 2
        elif c.isspace():
            pattern += "\\s+"
            i += 1
        else:
            pattern += re.escape(c)
            i += 1
    matched = re.fullmatch(pattern, data, re.IGNORECASE)
    if matched is None or "d" not in order or "m" not in order:
        return None
    values = {}
    for index in range(len(order)):
        values[order[index]] = int(matched.group(index + 1))
    if "Y" in values:
        year = values["Y"]
    elif "y" in values:
        year = values["y"] + (2000 if values["y"] < 69 else 1900)
    else:
        year = 1900
    month, day = values["m"], values["d"]
    days = _MONTH_DAYS[month - 1]
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        days = 29
    if day > days:
        return "day is out of range for month"
    return None
