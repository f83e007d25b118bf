# A value formatted with a non-empty spec in an f-string: CPython's None,
# lists, dicts, tuples and sets have no __format__ of their own and refuse
# any spec; monty pads their repr.
_NO_FORMAT = (type(None), list, dict, tuple, set, frozenset)


def spec_value(value):
    if type(value) in _NO_FORMAT:
        raise TypeError("unsupported format string passed to " + type(value).__name__ + ".__format__")
    return value
