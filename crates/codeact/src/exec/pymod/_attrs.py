# hasattr() and getattr() on values of the built-in types. monty 0.0.23's
# own see no attribute of a str, list, int... (hasattr([], "append") is
# False, getattr(2.5, "real", None) is None): the names here are CPython
# 3.11's, dir() of each type. Other objects go to the builtins as before.

_NAMES = (
    (list, frozenset(('__add__', '__class__', '__class_getitem__', '__contains__', '__delattr__', '__delitem__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getstate__', '__gt__', '__hash__', '__iadd__', '__imul__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__reversed__', '__rmul__', '__setattr__', '__setitem__', '__sizeof__', '__str__', '__subclasshook__', 'append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort'))),
    (dict, frozenset(('__class__', '__class_getitem__', '__contains__', '__delattr__', '__delitem__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__ior__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__new__', '__or__', '__reduce__', '__reduce_ex__', '__repr__', '__reversed__', '__ror__', '__setattr__', '__setitem__', '__sizeof__', '__str__', '__subclasshook__', 'clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))),
    (str, frozenset(('__add__', '__class__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getnewargs__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__mod__', '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__rmod__', '__rmul__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', 'capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find', 'format', 'format_map', 'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'))),
    (int, frozenset(('__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__class__', '__delattr__', '__dir__', '__divmod__', '__doc__', '__eq__', '__float__', '__floor__', '__floordiv__', '__format__', '__ge__', '__getattribute__', '__getnewargs__', '__getstate__', '__gt__', '__hash__', '__index__', '__init__', '__init_subclass__', '__int__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__new__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__', '__reduce__', '__reduce_ex__', '__repr__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__setattr__', '__sizeof__', '__str__', '__sub__', '__subclasshook__', '__truediv__', '__trunc__', '__xor__', 'as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'denominator', 'from_bytes', 'imag', 'numerator', 'real', 'to_bytes'))),
    (float, frozenset(('__abs__', '__add__', '__bool__', '__ceil__', '__class__', '__delattr__', '__dir__', '__divmod__', '__doc__', '__eq__', '__float__', '__floor__', '__floordiv__', '__format__', '__ge__', '__getattribute__', '__getformat__', '__getnewargs__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__int__', '__le__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__new__', '__pos__', '__pow__', '__radd__', '__rdivmod__', '__reduce__', '__reduce_ex__', '__repr__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rsub__', '__rtruediv__', '__setattr__', '__sizeof__', '__str__', '__sub__', '__subclasshook__', '__truediv__', '__trunc__', 'as_integer_ratio', 'conjugate', 'fromhex', 'hex', 'imag', 'is_integer', 'real'))),
    (bool, frozenset(('__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__class__', '__delattr__', '__dir__', '__divmod__', '__doc__', '__eq__', '__float__', '__floor__', '__floordiv__', '__format__', '__ge__', '__getattribute__', '__getnewargs__', '__getstate__', '__gt__', '__hash__', '__index__', '__init__', '__init_subclass__', '__int__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__new__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__', '__reduce__', '__reduce_ex__', '__repr__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__setattr__', '__sizeof__', '__str__', '__sub__', '__subclasshook__', '__truediv__', '__trunc__', '__xor__', 'as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'denominator', 'from_bytes', 'imag', 'numerator', 'real', 'to_bytes'))),
    (tuple, frozenset(('__add__', '__class__', '__class_getitem__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getnewargs__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__rmul__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', 'count', 'index'))),
    (set, frozenset(('__and__', '__class__', '__class_getitem__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__iand__', '__init__', '__init_subclass__', '__ior__', '__isub__', '__iter__', '__ixor__', '__le__', '__len__', '__lt__', '__ne__', '__new__', '__or__', '__rand__', '__reduce__', '__reduce_ex__', '__repr__', '__ror__', '__rsub__', '__rxor__', '__setattr__', '__sizeof__', '__str__', '__sub__', '__subclasshook__', '__xor__', 'add', 'clear', 'copy', 'difference', 'difference_update', 'discard', 'intersection', 'intersection_update', 'isdisjoint', 'issubset', 'issuperset', 'pop', 'remove', 'symmetric_difference', 'symmetric_difference_update', 'union', 'update'))),
    (frozenset, frozenset(('__and__', '__class__', '__class_getitem__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__new__', '__or__', '__rand__', '__reduce__', '__reduce_ex__', '__repr__', '__ror__', '__rsub__', '__rxor__', '__setattr__', '__sizeof__', '__str__', '__sub__', '__subclasshook__', '__xor__', 'copy', 'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'union'))),
    (bytes, frozenset(('__add__', '__bytes__', '__class__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getnewargs__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__mod__', '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__rmod__', '__rmul__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', 'capitalize', 'center', 'count', 'decode', 'endswith', 'expandtabs', 'find', 'fromhex', 'hex', 'index', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'))),
    (range, frozenset(('__bool__', '__class__', '__contains__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__reversed__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', 'count', 'index', 'start', 'step', 'stop'))),
    (type(None), frozenset(('__bool__', '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__'))),)


# Attributes that are values, not methods.
_VALUES = frozenset(("real", "imag", "numerator", "denominator", "start", "stop", "step"))


def _names(obj):
    kind = type(obj)
    for known, names in _NAMES:
        if kind is known:
            return names
    return None


# `__wrapped__`, which functools.wraps records in the sandbox module (the
# prepass lets these calls name it): none is recorded where that module
# is not loaded.
def _wrapped(obj):
    try:
        sandbox = __codeact_mod__sandbox
    except NameError:
        return False, None
    if not sandbox.has_wrapped(obj):
        return False, None
    return True, sandbox.wrapped_of(obj)


def has(obj, name):
    if name == "__wrapped__":
        return _wrapped(obj)[0]
    names = _names(obj)
    if names is None:
        return hasattr(obj, name)
    return name in names


def _value(obj, name):
    if name == "real":
        return obj if type(obj) is float else int(obj)
    if name == "imag":
        return 0.0 if type(obj) is float else 0
    if name == "numerator":
        return int(obj)
    if name == "denominator":
        return 1
    if name == "start":
        return obj.start
    if name == "stop":
        return obj.stop
    return obj.step


def get(obj, name, *default):
    if name == "__wrapped__":
        found, wrapped = _wrapped(obj)
        if found:
            return wrapped
        if default:
            return default[0]
        raise AttributeError("'" + type(obj).__name__ + "' object has no attribute '__wrapped__'")
    names = _names(obj)
    if names is None or name.startswith("_"):
        return getattr(obj, name, *default)
    if name not in names:
        if default:
            return default[0]
        raise AttributeError(
            "'" + type(obj).__name__ + "' object has no attribute '" + name + "'"
        )
    if name in _VALUES:
        return _value(obj, name)
    call = _CALLS[name]
    return lambda *args, **kwargs: call(obj, *args, **kwargs)


_CALLS = {
    "add": lambda o, *a, **k: o.add(*a, **k),
    "append": lambda o, *a, **k: o.append(*a, **k),
    "as_integer_ratio": lambda o, *a, **k: o.as_integer_ratio(*a, **k),
    "bit_count": lambda o, *a, **k: o.bit_count(*a, **k),
    "bit_length": lambda o, *a, **k: o.bit_length(*a, **k),
    "capitalize": lambda o, *a, **k: o.capitalize(*a, **k),
    "casefold": lambda o, *a, **k: o.casefold(*a, **k),
    "center": lambda o, *a, **k: o.center(*a, **k),
    "clear": lambda o, *a, **k: o.clear(*a, **k),
    "conjugate": lambda o, *a, **k: o.conjugate(*a, **k),
    "copy": lambda o, *a, **k: o.copy(*a, **k),
    "count": lambda o, *a, **k: o.count(*a, **k),
    "decode": lambda o, *a, **k: o.decode(*a, **k),
    "difference": lambda o, *a, **k: o.difference(*a, **k),
    "difference_update": lambda o, *a, **k: o.difference_update(*a, **k),
    "discard": lambda o, *a, **k: o.discard(*a, **k),
    "encode": lambda o, *a, **k: o.encode(*a, **k),
    "endswith": lambda o, *a, **k: o.endswith(*a, **k),
    "expandtabs": lambda o, *a, **k: o.expandtabs(*a, **k),
    "extend": lambda o, *a, **k: o.extend(*a, **k),
    "find": lambda o, *a, **k: o.find(*a, **k),
    "format": lambda o, *a, **k: o.format(*a, **k),
    "format_map": lambda o, *a, **k: o.format_map(*a, **k),
    "from_bytes": lambda o, *a, **k: o.from_bytes(*a, **k),
    "fromhex": lambda o, *a, **k: o.fromhex(*a, **k),
    "fromkeys": lambda o, *a, **k: o.fromkeys(*a, **k),
    "get": lambda o, *a, **k: o.get(*a, **k),
    "hex": lambda o, *a, **k: o.hex(*a, **k),
    "index": lambda o, *a, **k: o.index(*a, **k),
    "insert": lambda o, *a, **k: o.insert(*a, **k),
    "intersection": lambda o, *a, **k: o.intersection(*a, **k),
    "intersection_update": lambda o, *a, **k: o.intersection_update(*a, **k),
    "is_integer": lambda o, *a, **k: o.is_integer(*a, **k),
    "isalnum": lambda o, *a, **k: o.isalnum(*a, **k),
    "isalpha": lambda o, *a, **k: o.isalpha(*a, **k),
    "isascii": lambda o, *a, **k: o.isascii(*a, **k),
    "isdecimal": lambda o, *a, **k: o.isdecimal(*a, **k),
    "isdigit": lambda o, *a, **k: o.isdigit(*a, **k),
    "isdisjoint": lambda o, *a, **k: o.isdisjoint(*a, **k),
    "isidentifier": lambda o, *a, **k: o.isidentifier(*a, **k),
    "islower": lambda o, *a, **k: o.islower(*a, **k),
    "isnumeric": lambda o, *a, **k: o.isnumeric(*a, **k),
    "isprintable": lambda o, *a, **k: o.isprintable(*a, **k),
    "isspace": lambda o, *a, **k: o.isspace(*a, **k),
    "issubset": lambda o, *a, **k: o.issubset(*a, **k),
    "issuperset": lambda o, *a, **k: o.issuperset(*a, **k),
    "istitle": lambda o, *a, **k: o.istitle(*a, **k),
    "isupper": lambda o, *a, **k: o.isupper(*a, **k),
    "items": lambda o, *a, **k: o.items(*a, **k),
    "join": lambda o, *a, **k: o.join(*a, **k),
    "keys": lambda o, *a, **k: o.keys(*a, **k),
    "ljust": lambda o, *a, **k: o.ljust(*a, **k),
    "lower": lambda o, *a, **k: o.lower(*a, **k),
    "lstrip": lambda o, *a, **k: o.lstrip(*a, **k),
    "maketrans": lambda o, *a, **k: o.maketrans(*a, **k),
    "partition": lambda o, *a, **k: o.partition(*a, **k),
    "pop": lambda o, *a, **k: o.pop(*a, **k),
    "popitem": lambda o, *a, **k: o.popitem(*a, **k),
    "remove": lambda o, *a, **k: o.remove(*a, **k),
    "removeprefix": lambda o, *a, **k: o.removeprefix(*a, **k),
    "removesuffix": lambda o, *a, **k: o.removesuffix(*a, **k),
    "replace": lambda o, *a, **k: o.replace(*a, **k),
    "reverse": lambda o, *a, **k: o.reverse(*a, **k),
    "rfind": lambda o, *a, **k: o.rfind(*a, **k),
    "rindex": lambda o, *a, **k: o.rindex(*a, **k),
    "rjust": lambda o, *a, **k: o.rjust(*a, **k),
    "rpartition": lambda o, *a, **k: o.rpartition(*a, **k),
    "rsplit": lambda o, *a, **k: o.rsplit(*a, **k),
    "rstrip": lambda o, *a, **k: o.rstrip(*a, **k),
    "setdefault": lambda o, *a, **k: o.setdefault(*a, **k),
    "sort": lambda o, *a, **k: o.sort(*a, **k),
    "split": lambda o, *a, **k: o.split(*a, **k),
    "splitlines": lambda o, *a, **k: o.splitlines(*a, **k),
    "startswith": lambda o, *a, **k: o.startswith(*a, **k),
    "strip": lambda o, *a, **k: o.strip(*a, **k),
    "swapcase": lambda o, *a, **k: o.swapcase(*a, **k),
    "symmetric_difference": lambda o, *a, **k: o.symmetric_difference(*a, **k),
    "symmetric_difference_update": lambda o, *a, **k: o.symmetric_difference_update(*a, **k),
    "title": lambda o, *a, **k: o.title(*a, **k),
    "to_bytes": lambda o, *a, **k: o.to_bytes(*a, **k),
    "translate": lambda o, *a, **k: o.translate(*a, **k),
    "union": lambda o, *a, **k: o.union(*a, **k),
    "update": lambda o, *a, **k: o.update(*a, **k),
    "upper": lambda o, *a, **k: o.upper(*a, **k),
    "values": lambda o, *a, **k: o.values(*a, **k),
    "zfill": lambda o, *a, **k: o.zfill(*a, **k),
}
