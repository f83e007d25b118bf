# A value formatted with a non-empty spec (an f-string field, format(),
# str.format): only types with a __format__ of their own take one. CPython's
# None, lists, dicts, tuples, sets and the code's own classes inherit
# object.__format__, which refuses any spec with a TypeError; monty pads
# their repr, or shows it unpadded. Enum members format as CPython 3.11's
# enum does: IntEnum and StrEnum by their value, Enum and the str or int
# mixins (`class C(str, Enum)`) by their str().
_FORMATTED = (int, float, bool, str)
_DATETIMES = ("datetime", "date", "time")
# What CPython's message calls the C types among them.
_QUALIFIED = {
    "timedelta": "datetime.timedelta",
    "OrderedDict": "collections.OrderedDict",
    "deque": "collections.deque",
    "defaultdict": "collections.defaultdict",
    "NoneType": "NoneType",
}


def spec_value(value):
    kind = type(value)
    if kind in _FORMATTED:
        return value
    name = kind.__name__
    if name in _DATETIMES:
        return value
    enum = getattr(value, "_codeact_enum", None)
    if enum is not None:
        if enum._codeact_kind == "Enum" or enum._codeact_named:
            return str(value)
        return value._value_
    if getattr(kind, "__format__", None) is not None:
        raise NotImplementedError("the sandbox calls " + name + ".__format__ for an f-string field whose spec is written out, for format() and for str.format, not for a spec with a nested field; write the spec out or call format(value, spec)")
    raise TypeError("unsupported format string passed to " + _QUALIFIED.get(name, name) + ".__format__")


def formatted(value, spec=""):
    """format(value, spec), as the value's type formats."""
    if type(spec) is not str:
        raise TypeError("format() argument 2 must be str, not " + type(spec).__name__)
    kind = type(value)
    if kind in _FORMATTED:
        return f"{value:{spec}}"
    name = kind.__name__
    if name in _DATETIMES:
        return value.strftime(spec) if spec else str(value)
    enum = getattr(value, "_codeact_enum", None)
    if enum is not None:
        shown = str(value) if enum._codeact_kind == "Enum" or enum._codeact_named else value._value_
        return f"{shown:{spec}}"
    hook = getattr(kind, "__format__", None)
    if hook is not None:
        # A class of the code's with a __format__ of its own.
        result = hook(value, spec)
        if type(result) is not str:
            raise TypeError("__format__ must return a str, not " + type(result).__name__)
        return result
    if spec == "":
        return str(value)
    raise TypeError("unsupported format string passed to " + _QUALIFIED.get(name, name) + ".__format__")
