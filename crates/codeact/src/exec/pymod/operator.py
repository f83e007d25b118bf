# The operators of the code's classes: monty 0.0.23 does not call a
# class's __lt__, __add__, __getitem__... for `<`, `+`, `[]`, which the
# sandbox's classes module does (loaded whenever a class of the code
# defines one). The operator runs first; where monty refuses it for want
# of the method, the classes module answers.
def _classes(error):
    try:
        return __codeact_mod__classes
    except NameError:
        raise error


def lt(a, b):
    try:
        return a < b
    except TypeError as error:
        return _classes(error).lt(a, b)

def le(a, b):
    try:
        return a <= b
    except TypeError as error:
        return _classes(error).le(a, b)

def eq(a, b):
    return a == b

def ne(a, b):
    return a != b

def ge(a, b):
    try:
        return a >= b
    except TypeError as error:
        return _classes(error).ge(a, b)

def gt(a, b):
    try:
        return a > b
    except TypeError as error:
        return _classes(error).gt(a, b)

def truth(a):
    # monty's truth of an object of the code's classes is always True: a
    # __bool__ or __len__ of its class is the classes module's to call.
    try:
        classes = __codeact_mod__classes
    except NameError:
        return True if a else False
    return classes.truth(a)

def not_(a):
    return not truth(a)

def is_(a, b):
    return a is b

def is_not(a, b):
    return a is not b

def abs(a):
    try:
        return _builtin_abs(a)
    except TypeError as error:
        return _classes(error).abs_(a)

def add(a, b):
    try:
        return a + b
    except TypeError as error:
        return _classes(error).add(a, b)

def and_(a, b):
    try:
        return a & b
    except TypeError as error:
        return _classes(error).and_(a, b)

def floordiv(a, b):
    try:
        return a // b
    except TypeError as error:
        return _classes(error).floordiv(a, b)
    except ZeroDivisionError:
        # CPython's message for the operands' types.
        return __codeact_mod__division.floordiv(a, b)

def index(a):
    if type(a) is int or type(a) is bool:
        return a
    raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")

def inv(a):
    try:
        return ~a
    except TypeError as error:
        return _classes(error).invert(a)

invert = inv

def lshift(a, b):
    try:
        return a << b
    except TypeError as error:
        return _classes(error).lshift(a, b)

def mod(a, b):
    try:
        return a % b
    except TypeError as error:
        return _classes(error).mod(a, b)
    except ZeroDivisionError:
        # CPython's message for the operands' types.
        return __codeact_mod__division.mod(a, b)

def mul(a, b):
    try:
        return a * b
    except TypeError as error:
        return _classes(error).mul(a, b)

def matmul(a, b):
    try:
        return a @ b
    except TypeError as error:
        return _classes(error).matmul(a, b)

def neg(a):
    try:
        return -a
    except TypeError as error:
        return _classes(error).neg(a)

def or_(a, b):
    try:
        return a | b
    except TypeError as error:
        return _classes(error).or_(a, b)

def pos(a):
    try:
        return +a
    except TypeError as error:
        return _classes(error).pos(a)

# monty's float power gives inf where CPython's raises.
_INF = float("inf")


def _finite(x):
    return type(x) is not float or (x == x and x != _INF and x != -_INF)


def pow(a, b):
    result = a ** b
    if type(result) is float and (result == _INF or result == -_INF) and _finite(a) and _finite(b):
        raise OverflowError("(34, 'Numerical result out of range')")
    return result

def rshift(a, b):
    try:
        return a >> b
    except TypeError as error:
        return _classes(error).rshift(a, b)

def sub(a, b):
    try:
        return a - b
    except TypeError as error:
        return _classes(error).sub(a, b)

def truediv(a, b):
    try:
        return a / b
    except TypeError as error:
        return _classes(error).truediv(a, b)
    except ZeroDivisionError:
        # CPython's message for the operands' types.
        return __codeact_mod__division.truediv(a, b)

def xor(a, b):
    try:
        return a ^ b
    except TypeError as error:
        return _classes(error).xor(a, b)

def concat(a, b):
    if not hasattr(a, "__getitem__") and type(a) not in (list, tuple, str, bytes):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b

def contains(a, b):
    return b in a

def countOf(a, b):
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count

def indexOf(a, b):
    i = 0
    for item in a:
        if item is b or item == b:
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")

def getitem(a, b):
    try:
        return a[b]
    except TypeError as error:
        return _classes(error).getitem(a, b)

def setitem(a, b, c):
    try:
        classes = __codeact_mod__classes
    except NameError:
        classes = None
    if classes is not None:
        classes.setitem(a, b, c)
        return None
    a[b] = c

def iadd(a, b):
    a += b
    return a

def isub(a, b):
    a -= b
    return a

def imul(a, b):
    a *= b
    return a

def itruediv(a, b):
    try:
        a /= b
    except ZeroDivisionError:
        return __codeact_mod__division.truediv(a, b)
    return a

def ifloordiv(a, b):
    try:
        a //= b
    except ZeroDivisionError:
        return __codeact_mod__division.floordiv(a, b)
    return a

def imod(a, b):
    try:
        a %= b
    except ZeroDivisionError:
        return __codeact_mod__division.mod(a, b)
    return a

def iconcat(a, b):
    a += b
    return a

def itemgetter(item, *items):
    if not items:
        def getter(obj):
            return getitem(obj, item)
        return getter
    keys = (item,) + items
    def getter(obj):
        return tuple([getitem(obj, key) for key in keys])
    return getter

def _resolve(obj, name):
    for part in name.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError as error:
            # monty's getattr misses the attributes of builtin values
            # (`(3.5).real`), which the sandbox's _attrs knows.
            if not __codeact_mod__attrs.has(obj, part):
                raise error
            obj = __codeact_mod__attrs.get(obj, part)
    return obj

def attrgetter(attr, *attrs):
    for name in (attr,) + attrs:
        if type(name) is not str:
            raise TypeError("attribute name must be a string")
    if not attrs:
        def getter(obj):
            return _resolve(obj, attr)
        return getter
    names = (attr,) + attrs
    def getter(obj):
        return tuple(_resolve(obj, name) for name in names)
    return getter

# Methods of the builtin types, called directly: monty cannot hand out a
# builtin's bound method (`getattr('a', 'upper')` fails), so `methodcaller`
# calls these by name.
_BUILTIN_TYPES = (str, bytes, list, tuple, dict, set, frozenset, int, float)
_METHOD_CALLS = {
    "upper": lambda o, a, k: o.upper(*a, **k),
    "lower": lambda o, a, k: o.lower(*a, **k),
    "strip": lambda o, a, k: o.strip(*a, **k),
    "lstrip": lambda o, a, k: o.lstrip(*a, **k),
    "rstrip": lambda o, a, k: o.rstrip(*a, **k),
    "split": lambda o, a, k: o.split(*a, **k),
    "rsplit": lambda o, a, k: o.rsplit(*a, **k),
    "splitlines": lambda o, a, k: o.splitlines(*a, **k),
    "replace": lambda o, a, k: o.replace(*a, **k),
    "title": lambda o, a, k: o.title(*a, **k),
    "capitalize": lambda o, a, k: o.capitalize(*a, **k),
    "casefold": lambda o, a, k: o.casefold(*a, **k),
    "swapcase": lambda o, a, k: o.swapcase(*a, **k),
    "startswith": lambda o, a, k: o.startswith(*a, **k),
    "endswith": lambda o, a, k: o.endswith(*a, **k),
    "find": lambda o, a, k: o.find(*a, **k),
    "rfind": lambda o, a, k: o.rfind(*a, **k),
    "index": lambda o, a, k: o.index(*a, **k),
    "rindex": lambda o, a, k: o.rindex(*a, **k),
    "count": lambda o, a, k: o.count(*a, **k),
    "join": lambda o, a, k: o.join(*a, **k),
    "format": lambda o, a, k: o.format(*a, **k),
    "zfill": lambda o, a, k: o.zfill(*a, **k),
    "center": lambda o, a, k: o.center(*a, **k),
    "ljust": lambda o, a, k: o.ljust(*a, **k),
    "rjust": lambda o, a, k: o.rjust(*a, **k),
    "partition": lambda o, a, k: o.partition(*a, **k),
    "rpartition": lambda o, a, k: o.rpartition(*a, **k),
    "isdigit": lambda o, a, k: o.isdigit(*a, **k),
    "isalpha": lambda o, a, k: o.isalpha(*a, **k),
    "isalnum": lambda o, a, k: o.isalnum(*a, **k),
    "isspace": lambda o, a, k: o.isspace(*a, **k),
    "isupper": lambda o, a, k: o.isupper(*a, **k),
    "islower": lambda o, a, k: o.islower(*a, **k),
    "istitle": lambda o, a, k: o.istitle(*a, **k),
    "isnumeric": lambda o, a, k: o.isnumeric(*a, **k),
    "isdecimal": lambda o, a, k: o.isdecimal(*a, **k),
    "isidentifier": lambda o, a, k: o.isidentifier(*a, **k),
    "encode": lambda o, a, k: o.encode(*a, **k),
    "decode": lambda o, a, k: o.decode(*a, **k),
    "expandtabs": lambda o, a, k: o.expandtabs(*a, **k),
    "removeprefix": lambda o, a, k: o.removeprefix(*a, **k),
    "removesuffix": lambda o, a, k: o.removesuffix(*a, **k),
    "append": lambda o, a, k: o.append(*a, **k),
    "extend": lambda o, a, k: o.extend(*a, **k),
    "insert": lambda o, a, k: o.insert(*a, **k),
    "pop": lambda o, a, k: o.pop(*a, **k),
    "remove": lambda o, a, k: o.remove(*a, **k),
    "clear": lambda o, a, k: o.clear(*a, **k),
    "copy": lambda o, a, k: o.copy(*a, **k),
    "sort": lambda o, a, k: o.sort(*a, **k),
    "reverse": lambda o, a, k: o.reverse(*a, **k),
    "keys": lambda o, a, k: o.keys(*a, **k),
    "values": lambda o, a, k: o.values(*a, **k),
    "items": lambda o, a, k: o.items(*a, **k),
    "get": lambda o, a, k: o.get(*a, **k),
    "setdefault": lambda o, a, k: o.setdefault(*a, **k),
    "update": lambda o, a, k: o.update(*a, **k),
    "popitem": lambda o, a, k: o.popitem(*a, **k),
    "add": lambda o, a, k: o.add(*a, **k),
    "discard": lambda o, a, k: o.discard(*a, **k),
    "union": lambda o, a, k: o.union(*a, **k),
    "intersection": lambda o, a, k: o.intersection(*a, **k),
    "difference": lambda o, a, k: o.difference(*a, **k),
    "symmetric_difference": lambda o, a, k: o.symmetric_difference(*a, **k),
    "issubset": lambda o, a, k: o.issubset(*a, **k),
    "issuperset": lambda o, a, k: o.issuperset(*a, **k),
    "isdisjoint": lambda o, a, k: o.isdisjoint(*a, **k),
    "conjugate": lambda o, a, k: o.conjugate(*a, **k),
    "bit_length": lambda o, a, k: o.bit_length(*a, **k),
    "hex": lambda o, a, k: o.hex(*a, **k),
    "is_integer": lambda o, a, k: o.is_integer(*a, **k),
}

def methodcaller(name, *args, **kwargs):
    if type(name) is not str:
        raise TypeError("method name must be a string")
    def caller(obj):
        call = _METHOD_CALLS.get(name)
        if call is not None and type(obj) in _BUILTIN_TYPES:
            return call(obj, args, kwargs)
        return getattr(obj, name)(*args, **kwargs)
    return caller
