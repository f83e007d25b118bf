def lt(a, b):
    return a < b

def le(a, b):
    return a <= b

def eq(a, b):
    return a == b

def ne(a, b):
    return a != b

def ge(a, b):
    return a >= b

def gt(a, b):
    return a > b

def not_(a):
    return not a

def truth(a):
    return True if a else False

def is_(a, b):
    return a is b

def is_not(a, b):
    return a is not b

def abs(a):
    return _builtin_abs(a)

def add(a, b):
    return a + b

def and_(a, b):
    return a & b

def floordiv(a, b):
    return a // b

def index(a):
    if type(a) is int or type(a) is bool:
        return a
    raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")

def inv(a):
    return ~a

invert = inv

def lshift(a, b):
    return a << b

def mod(a, b):
    return a % b

def mul(a, b):
    return a * b

def matmul(a, b):
    return a @ b

def neg(a):
    return -a

def or_(a, b):
    return a | b

def pos(a):
    return +a

def pow(a, b):
    return a ** b

def rshift(a, b):
    return a >> b

def sub(a, b):
    return a - b

def truediv(a, b):
    return a / b

def xor(a, b):
    return a ^ b

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
    return a[b]

def setitem(a, b, c):
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
    a /= b
    return a

def ifloordiv(a, b):
    a //= b
    return a

def imod(a, b):
    a %= b
    return a

def iconcat(a, b):
    a += b
    return a

def itemgetter(item, *items):
    if not items:
        def getter(obj):
            return obj[item]
        return getter
    keys = (item,) + items
    def getter(obj):
        return tuple(obj[key] for key in keys)
    return getter

def _resolve(obj, name):
    for part in name.split("."):
        obj = getattr(obj, part)
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

def methodcaller(name, *args, **kwargs):
    if type(name) is not str:
        raise TypeError("method name must be a string")
    def caller(obj):
        return getattr(obj, name)(*args, **kwargs)
    return caller
