# Method decorators monty 0.0.23 refuses, applied after the class statement
# (see rewrite/class_members.rs). A class member that is a bound method is
# returned as it is by monty, never bound again to the instance, which is
# what staticmethod and classmethod need: the `call` method of a holder.
class _Static:
    def __init__(self, function):
        self.function = function

    def call(self, *args, **kwargs):
        return self.function(*args, **kwargs)


class _ClassBound:
    def __init__(self, owner, function):
        self.owner = owner
        self.function = function

    def call(self, *args, **kwargs):
        return self.function(self.owner, *args, **kwargs)


def static(function):
    return _Static(function).call


def class_method(owner, function):
    return _ClassBound(owner, function).call


# Properties: (class, name) -> (getter, setter). Reads and writes of an
# attribute whose name is a property of some class go through get/set_,
# which call the accessor when the object's class has that property.
_properties = {}


def prop(owner, name, getter, setter):
    _properties[(owner, name)] = (getter, setter)


# functools.cached_property: the getter runs once per object, which keeps
# the value (an assignment replaces it), as CPython keeps it in __dict__.
def cached_getter(getter, name):
    key = "_codeact_cached_" + name

    def get(obj):
        if hasattr(obj, key):
            return getattr(obj, key)
        value = getter(obj)
        setattr(obj, key, value)
        return value
    return get


def cached_setter(name):
    key = "_codeact_cached_" + name

    def put(obj, value):
        setattr(obj, key, value)
    return put


def _entry(obj, name):
    return _properties.get((type(obj), name))


# Attributes the code sets on its functions (`wrapper.calls = 0`), which
# monty's functions cannot hold: function -> {name: value}. Their names are
# routed through get/set_ like property names.
_function_attributes = {}


def _is_function(obj):
    return type(obj).__name__ == "function"


def _function_get(obj, name):
    attributes = _function_attributes.get(obj)
    if attributes is not None and name in attributes:
        return attributes[name]
    return getattr(obj, name)


def _inherited(obj, name):
    # A base's class attribute the flattening left with the base (see
    # rewrite/inheritance.rs), looked up in the recorded order.
    owner = obj if type(obj) is _TYPE else type(obj)
    for base in _ancestors.get(owner, ()):
        try:
            return getattr(base, name)
        except AttributeError:
            pass
    if owner is obj:
        raise AttributeError(f"type object '{obj.__name__}' has no attribute '{name}'")
    raise AttributeError(f"'{type(obj).__name__}' object has no attribute '{name}'")


# `name = property(fget, fset)` in a class body: monty cannot make
# property objects, so the rewrite makes this one, and `get` and `set_`
# (which the reads and writes of such a name go through) call its
# functions.
class _Property:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc

    def getter(self, fget):
        return _Property(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return _Property(self.fget, fset, self.fdel, self.__doc__)


def property_(fget=None, fset=None, fdel=None, doc=None):
    return _Property(fget, fset, fdel, doc)


def _class_property(obj, name):
    if type(obj) is _TYPE:
        return None
    found = getattr(type(obj), name, None)
    return found if type(found) is _Property else None


def get(obj, name):
    entry = _entry(obj, name)
    if entry is None:
        if _is_function(obj):
            return _function_get(obj, name)
        made = _class_property(obj, name)
        if made is not None:
            if made.fget is None:
                raise AttributeError(f"property '{name}' of '{type(obj).__name__}' object has no getter")
            return made.fget(obj)
        try:
            return getattr(obj, name)
        except AttributeError:
            return _inherited(obj, name)
    if hasattr(obj, name):
        raise NotImplementedError(f"'{name}' of this '{type(obj).__name__}' object was assigned in a way the sandbox cannot route through its property (only 'obj.{name} = value' and 'obj.{name} += value' are): assign it on a line of its own")
    return entry[0](obj)


def set_(obj, name, value):
    entry = _entry(obj, name)
    if entry is None:
        if _is_function(obj):
            _function_attributes.setdefault(obj, {})[name] = value
            return None
        made = _class_property(obj, name)
        if made is not None:
            if made.fset is None:
                raise AttributeError(f"property '{name}' of '{type(obj).__name__}' object has no setter")
            made.fset(obj, value)
            return None
        _slot_check(obj, name)
        setattr(obj, name, value)
        return None
    if entry[1] is None:
        raise AttributeError(f"property '{name}' of '{type(obj).__name__}' object has no setter")
    entry[1](obj, value)
    return None


# `__slots__`, which monty 0.0.23 keeps as a plain class attribute: the
# stores of names some class's slots do not list come here (see
# exec/slots.rs), and an object of a slotted class refuses them as
# CPython's does. A slotted class that inherits (its slots and its bases'
# together, or a dict from a base without slots) is not modelled.
def _slot_check(obj, name):
    kind = type(obj)
    if kind is _TYPE:
        return
    slots = getattr(kind, "__slots__", None)
    if slots is None:
        return
    if kind in _ancestors:
        raise NotImplementedError("'" + kind.__name__ + "' inherits and has __slots__: the sandbox keeps __slots__ only in classes without bases; drop __slots__")
    if type(slots) is str:
        slots = (slots,)
    if name not in slots:
        raise AttributeError("'" + kind.__name__ + "' object has no attribute '" + name + "'")


def has(obj, name):
    if _entry(obj, name) is None and not _is_function(obj):
        if __codeact_mod__attrs.has(obj, name):
            return True
        try:
            _inherited(obj, name)
        except AttributeError:
            return False
        return True
    try:
        get(obj, name)
    except AttributeError:
        return False
    return True


def get_attr(obj, name, *default):
    if _entry(obj, name) is None and not _is_function(obj):
        try:
            return __codeact_mod__attrs.get(obj, name)
        except AttributeError:
            try:
                return _inherited(obj, name)
            except AttributeError:
                if default:
                    return default[0]
                raise
    if not default:
        return get(obj, name)
    try:
        return get(obj, name)
    except AttributeError:
        return default[0]


# Operators: (class, special method name) -> function. monty 0.0.23 does not
# call a class's __add__, __lt__, __len__... for `+`, `<`, len(): the
# operators rewrite calls these helpers where a class of the session
# defines the method, and the helpers fall back to the operator itself.
_methods = {}
_NONE = []


def method(owner, name, function):
    _methods[(owner, name)] = function


def delitem_(obj, key):
    """`del obj[key]` where the code's classes (or bytearray) define
    __delitem__; dicts and lists as the delete rewrite deletes them."""
    function = _methods.get((type(obj), "__delitem__"))
    if function is not None:
        function(obj, key)
        return None
    if type(obj) is dict or (type(obj) is list and type(key) is int and -len(obj) <= key < len(obj)):
        return obj.pop(key)
    return __codeact_del_error(obj, key)


def special_method(obj, name):
    """The special method `name` kept for obj's class, or None."""
    return _methods.get((type(obj), name))


# A method answering NotImplemented passes to the reflected one, and when
# none answers the operator itself runs, which raises CPython's TypeError
# for instances of the code's classes.
# Comparisons reflect between instances of one class too (a < b tries
# b.__gt__(a)); arithmetic does not (a + b never tries b.__radd__ when
# both are of one class).
def _binary(a, b, name, rname, reflect_same_type=False):
    function = _methods.get((type(a), name))
    if function is not None:
        r = function(a, b)
        if r is not NotImplemented:
            return r
    if reflect_same_type or type(b) is not type(a):
        function = _methods.get((type(b), rname))
        if function is not None:
            r = function(b, a)
            if r is not NotImplemented:
                return r
    return _NONE


def add(a, b):
    r = _binary(a, b, "__add__", "__radd__")
    return a + b if r is _NONE else r


def sub(a, b):
    r = _binary(a, b, "__sub__", "__rsub__")
    return a - b if r is _NONE else r


def mul(a, b):
    r = _binary(a, b, "__mul__", "__rmul__")
    return a * b if r is _NONE else r


def truediv(a, b):
    r = _binary(a, b, "__truediv__", "__rtruediv__")
    return __codeact_mod__division.truediv(a, b) if r is _NONE else r


def floordiv(a, b):
    r = _binary(a, b, "__floordiv__", "__rfloordiv__")
    return __codeact_mod__division.floordiv(a, b) if r is _NONE else r


def mod(a, b):
    r = _binary(a, b, "__mod__", "__rmod__")
    return __codeact_mod__division.mod(a, b) if r is _NONE else r


def pow_(a, b):
    r = _binary(a, b, "__pow__", "__rpow__")
    return a ** b if r is _NONE else r


def matmul(a, b):
    r = _binary(a, b, "__matmul__", "__rmatmul__")
    if r is _NONE:
        raise TypeError(f"unsupported operand type(s) for @: '{type(a).__name__}' and '{type(b).__name__}'")
    return r


def _sets_helper(a, b, name):
    # Two sets: the `_sets` module's operator, which keeps CPython's
    # iteration order (when the session has loaded it).
    if type(a) in (set, frozenset) and type(b) in (set, frozenset):
        try:
            return getattr(__codeact_mod__sets, name)
        except NameError:
            return None
    return None


def and_(a, b):
    r = _binary(a, b, "__and__", "__rand__")
    if r is _NONE:
        helper = _sets_helper(a, b, "intersection")
        return a & b if helper is None else helper(a, b)
    return r


def or_(a, b):
    # dict | dict, which monty refuses (as the _sandbox module's union).
    if type(a) is dict and type(b) is dict:
        merged = dict(a)
        merged.update(b)
        return merged
    r = _binary(a, b, "__or__", "__ror__")
    if r is _NONE:
        helper = _sets_helper(a, b, "union")
        return a | b if helper is None else helper(a, b)
    return r


def xor(a, b):
    r = _binary(a, b, "__xor__", "__rxor__")
    if r is _NONE:
        helper = _sets_helper(a, b, "symmetric_difference")
        return a ^ b if helper is None else helper(a, b)
    return r


def iand(a, b):
    r = _in_place(a, b, "__iand__", "__and__", "__rand__")
    if r is _NONE:
        helper = _sets_helper(a, b, "intersection_update")
        if helper is not None:
            return helper(a, b)
        a &= b
        return a
    return r


def ior(a, b):
    # dict |= mapping, which monty refuses.
    if type(a) is dict:
        a.update(b)
        return a
    r = _in_place(a, b, "__ior__", "__or__", "__ror__")
    if r is _NONE:
        helper = _sets_helper(a, b, "union_in_place")
        if helper is not None:
            return helper(a, b)
        a |= b
        return a
    return r


def ixor(a, b):
    r = _in_place(a, b, "__ixor__", "__xor__", "__rxor__")
    if r is _NONE:
        helper = _sets_helper(a, b, "symmetric_difference_update")
        if helper is not None:
            return helper(a, b)
        a ^= b
        return a
    return r


def lshift(a, b):
    r = _binary(a, b, "__lshift__", "__rlshift__")
    return a << b if r is _NONE else r


def rshift(a, b):
    r = _binary(a, b, "__rshift__", "__rrshift__")
    return a >> b if r is _NONE else r


# In-place forms: the __i*__ method when the class has one, then the plain
# operator's dispatch, then the operator in place (a list stays the same
# object, as with `+=` in the code itself).
def _inplace(a, b, name):
    function = _methods.get((type(a), name))
    if function is not None:
        r = function(a, b)
        if r is not NotImplemented:
            return r
    return _NONE


def _in_place(a, b, own, name, rname):
    r = _inplace(a, b, own)
    return _binary(a, b, name, rname) if r is _NONE else r


def iadd(a, b):
    r = _in_place(a, b, "__iadd__", "__add__", "__radd__")
    if r is _NONE:
        a += b
        return a
    return r


def isub(a, b):
    r = _in_place(a, b, "__isub__", "__sub__", "__rsub__")
    if r is _NONE:
        a -= b
        return a
    return r


def imul(a, b):
    r = _in_place(a, b, "__imul__", "__mul__", "__rmul__")
    if r is _NONE:
        a *= b
        return a
    return r


def itruediv(a, b):
    r = _in_place(a, b, "__itruediv__", "__truediv__", "__rtruediv__")
    if r is _NONE:
        return __codeact_mod__division.truediv(a, b)
    return r


def ifloordiv(a, b):
    r = _in_place(a, b, "__ifloordiv__", "__floordiv__", "__rfloordiv__")
    if r is _NONE:
        return __codeact_mod__division.floordiv(a, b)
    return r


def imod(a, b):
    r = _in_place(a, b, "__imod__", "__mod__", "__rmod__")
    if r is _NONE:
        return __codeact_mod__division.mod(a, b)
    return r


def ipow(a, b):
    r = _in_place(a, b, "__ipow__", "__pow__", "__rpow__")
    if r is _NONE:
        a **= b
        return a
    return r


def _unary(a, name):
    function = _methods.get((type(a), name))
    if function is None:
        return _NONE
    return function(a)


def neg(a):
    r = _unary(a, "__neg__")
    return -a if r is _NONE else r


def pos(a):
    r = _unary(a, "__pos__")
    return +a if r is _NONE else r


def invert(a):
    r = _unary(a, "__invert__")
    return ~a if r is _NONE else r


def abs_(a):
    r = _unary(a, "__abs__")
    return abs(a) if r is _NONE else r


# Sets order by inclusion, which monty's `<` does not do.
def _sets(a, b):
    return type(a) in (set, frozenset) and type(b) in (set, frozenset)


def _subset(a, b):
    for item in a:
        if item not in b:
            return False
    return True


def _first_difference(a, b):
    """For two tuples (or two lists): their first elements that differ
    (by ==), which order them as CPython orders sequences, or _NONE when
    one starts the other; None for other operands. monty's own comparison
    cannot order sequences holding the code's objects."""
    if type(a) is not type(b) or (type(a) is not tuple and type(a) is not list):
        return None
    for x, y in zip(a, b):
        if not (x is y or x == y):
            return (x, y)
    return _NONE


def lt(a, b):
    if _sets(a, b):
        return len(a) < len(b) and _subset(a, b)
    r = _binary(a, b, "__lt__", "__gt__", True)
    if r is _NONE:
        pair = _first_difference(a, b)
        if pair is None:
            return a < b
        if pair is _NONE:
            return len(a) < len(b)
        return lt(pair[0], pair[1])
    return r


def le(a, b):
    if _sets(a, b):
        return len(a) <= len(b) and _subset(a, b)
    r = _binary(a, b, "__le__", "__ge__", True)
    if r is _NONE:
        pair = _first_difference(a, b)
        if pair is None:
            return a <= b
        if pair is _NONE:
            return len(a) <= len(b)
        return le(pair[0], pair[1])
    return r


def gt(a, b):
    if _sets(a, b):
        return len(a) > len(b) and _subset(b, a)
    r = _binary(a, b, "__gt__", "__lt__", True)
    if r is _NONE:
        pair = _first_difference(a, b)
        if pair is None:
            return a > b
        if pair is _NONE:
            return len(a) > len(b)
        return gt(pair[0], pair[1])
    return r


def ge(a, b):
    if _sets(a, b):
        return len(a) >= len(b) and _subset(b, a)
    r = _binary(a, b, "__ge__", "__le__", True)
    if r is _NONE:
        pair = _first_difference(a, b)
        if pair is None:
            return a >= b
        if pair is _NONE:
            return len(a) >= len(b)
        return ge(pair[0], pair[1])
    return r


def int_(obj):
    """int(obj) through the code's __int__ (or __index__)."""
    function = _methods.get((type(obj), "__int__"))
    if function is None:
        function = _methods.get((type(obj), "__index__"))
    if function is None:
        return int(obj)
    result = function(obj)
    if type(result) is not int:
        raise TypeError(f"__int__ returned non-int (type {type(result).__name__})")
    return result


def float_(obj):
    """float(obj) through the code's __float__ (or __index__)."""
    function = _methods.get((type(obj), "__float__"))
    if function is not None:
        result = function(obj)
        if type(result) is not float:
            raise TypeError(f"{type(obj).__name__}.__float__ returned non-float (type {type(result).__name__})")
        return result
    function = _methods.get((type(obj), "__index__"))
    if function is not None:
        return float(function(obj))
    return float(obj)


def len_(obj):
    function = _methods.get((type(obj), "__len__"))
    if function is None:
        if type(obj).__name__ == "IsoCalendarDate":
            return 3
        return len(obj)
    n = function(obj)
    if type(n) is not int:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("__len__() should return >= 0")
    return n


def truth(obj):
    function = _methods.get((type(obj), "__bool__"))
    if function is not None:
        r = function(obj)
        if type(r) is not bool:
            raise TypeError(f"__bool__ should return bool, returned {type(r).__name__}")
        return r
    if _methods.get((type(obj), "__len__")) is not None:
        return len_(obj) != 0
    return True if obj else False


def getitem(obj, key):
    function = _methods.get((type(obj), "__getitem__"))
    if function is None:
        if getattr(key, "_codeact_enum_kind", None) in ("IntEnum", "IntFlag"):
            # An IntEnum member indexes as its int.
            key = key._value_
        if type(obj).__name__ == "IsoCalendarDate":
            # A tuple in CPython; the sandbox's (see _sandbox.py) unpacks
            # but does not index.
            return tuple(obj)[key]
        return obj[key]
    return function(obj, key)


def any_(iterable):
    for value in iterable:
        if truth(value):
            return True
    return False


def all_(iterable):
    for value in iterable:
        if not truth(value):
            return False
    return True


def reversed_(seq):
    """reversed(seq) as CPython's: the object's own __reversed__, or its
    __len__ and __getitem__ walked backwards; an iterator either way."""
    kind = type(seq)
    if kind is not list and kind is not str and kind is not tuple and kind is not range:
        own = getattr(kind, "__reversed__", None)
        if own is not None:
            return own(seq)
        getter = _methods.get((kind, "__getitem__"))
        if getter is not None and _methods.get((kind, "__len__")) is not None:
            return iter([getter(seq, i) for i in range(len_(seq) - 1, -1, -1)])
    return iter(reversed(seq))


def setitem(obj, key, value):
    function = _methods.get((type(obj), "__setitem__"))
    if function is None:
        obj[key] = value
    else:
        function(obj, key, value)
    return None


def _ordered(values, depth=0):
    # Whether any value (or an element of a tuple or list among them, as
    # in `sorted(d.items())`) orders by the code's __lt__ or __gt__.
    for value in values:
        if _methods.get((type(value), "__lt__")) is not None or _methods.get((type(value), "__gt__")) is not None:
            return True
        if depth < 3 and (type(value) is tuple or type(value) is list) and _ordered(value, depth + 1):
            return True
    return False


def _merge_sort(items, keys, reverse):
    # Stable, like list.sort: equal keys keep their order, reversed or not.
    order = list(range(len(items)))
    width = 1
    n = len(order)
    while width < n:
        merged = []
        for start in range(0, n, 2 * width):
            left = order[start:start + width]
            right = order[start + width:start + 2 * width]
            i = 0
            j = 0
            while i < len(left) and j < len(right):
                a = keys[left[i]]
                b = keys[right[j]]
                if (lt(a, b) if reverse else lt(b, a)):
                    merged.append(right[j])
                    j += 1
                else:
                    merged.append(left[i])
                    i += 1
            merged.extend(left[i:])
            merged.extend(right[j:])
        order = merged
        width *= 2
    return [items[k] for k in order]


def sorted_(iterable, key=None, reverse=False):
    items = list(iterable)
    keys = items if key is None else [key(item) for item in items]
    if not _ordered(keys):
        return sorted(items, key=key, reverse=reverse)
    return _merge_sort(items, keys, reverse)


def sort_(obj, key=None, reverse=False):
    if type(obj) is not list:
        return obj.sort(key=key, reverse=reverse)
    keys = obj if key is None else [key(item) for item in obj]
    if not _ordered(keys):
        obj.sort(key=key, reverse=reverse)
        return None
    ordered = _merge_sort(obj, keys, reverse)
    obj.clear()
    obj.extend(ordered)
    return None


def _extreme(name, args, key, rest, greater):
    for keyword in rest:
        if keyword != "default":
            raise TypeError("'" + keyword + "' is an invalid keyword argument for " + name + "()")
    if not args:
        raise TypeError(name + " expected at least 1 argument, got 0")
    if len(args) == 1:
        items = list(args[0])
    else:
        if "default" in rest:
            raise TypeError("Cannot specify a default for " + name + "() with multiple positional arguments")
        items = list(args)
    if not items:
        if "default" in rest:
            return rest["default"]
        raise ValueError(name + "() arg is an empty sequence")
    # The key is called once per value, in order, as CPython does.
    keys = items if key is None else [key(item) for item in items]
    if not _ordered(keys):
        # The first of the best keys, by the builtin's comparisons.
        pick = max if greater else min
        return items[pick(range(len(items)), key=lambda i: keys[i])]
    best = 0
    for i in range(1, len(items)):
        if (gt(keys[i], keys[best]) if greater else lt(keys[i], keys[best])):
            best = i
    return items[best]


def max_(*args, key=None, **rest):
    return _extreme("max", args, key, rest, True)


def min_(*args, key=None, **rest):
    return _extreme("min", args, key, rest, False)


def call_of(obj):
    function = _methods.get((type(obj), "__call__"))
    if function is None:
        return obj

    def bound(*args, **kwargs):
        return function(obj, *args, **kwargs)
    return bound


# @dataclass(order=True), which monty refuses: the four comparisons compare
# the fields as tuples, between instances of the same class only.
def dataclass_order(owner, fields):
    # Not the fields declared with field(compare=False), still on the class.
    fields = tuple(f for f in fields if not (type(getattr(owner, f, None)).__name__ == "Field" and getattr(owner, f).compare is False))

    def values(obj):
        return tuple(getattr(obj, f) for f in fields)

    def make(symbol, compare):
        def compare_method(a, b):
            if type(b) is not type(a):
                raise TypeError(f"'{symbol}' not supported between instances of '{type(a).__name__}' and '{type(b).__name__}'")
            return compare(values(a), values(b))
        return compare_method
    method(owner, "__lt__", make("<", lambda x, y: x < y))
    method(owner, "__le__", make("<=", lambda x, y: x <= y))
    method(owner, "__gt__", make(">", lambda x, y: x > y))
    method(owner, "__ge__", make(">=", lambda x, y: x >= y))


def sum_(iterable, start=0):
    if type(start) is str:
        raise TypeError("sum() can't sum strings [use ''.join(seq) instead]")
    total = start
    for item in iterable:
        total = add(total, item)
    return total


# Inheritance between the code's classes, flattened by the rewrite (see
# rewrite/inheritance.rs): the class's ancestors, in resolution order, for
# isinstance/issubclass, and the properties and operator methods it
# inherits (its own, registered first, win).
_ancestors = {}


_bases = {}


def inherit(owner, ancestors, bases=()):
    _ancestors[owner] = ancestors
    _bases[owner] = bases
    for table in (_properties, _methods):
        for ancestor in ancestors:
            for key in list(table):
                if key[0] is ancestor and (owner, key[1]) not in table:
                    table[(owner, key[1])] = table[key]


def isinstance_(obj, classinfo):
    if type(classinfo) is tuple:
        return any(isinstance_(obj, c) for c in classinfo)
    if type(classinfo) is not _TYPE and hasattr(classinfo, "_codeact_isinstance"):
        # An enum class of the code (the `enum` module's EnumType).
        return classinfo._codeact_isinstance(obj)
    # A member of such a class against Enum, IntEnum, StrEnum, int or str.
    base = getattr(classinfo, "_codeact_enum_base", None)
    kind = getattr(type(obj), "_codeact_enum_kind", None)
    if kind is not None:
        if base is not None:
            # A mixin (`class C(str, Enum)`) is no StrEnum.
            if base == "Flag":
                return kind == "Flag" or kind == "IntFlag"
            return base == "Enum" or (base == kind and not type(obj)._codeact_enum_named)
        if (classinfo is int and kind in ("IntEnum", "IntFlag")) or (classinfo is str and kind == "StrEnum"):
            return True
    elif base is not None:
        return False
    if isinstance(obj, classinfo):
        return True
    return classinfo in _ancestors.get(type(obj), ())


# monty has no issubclass: classes of the code answer from their recorded
# ancestors, exception classes by raising one, bool is an int, and any
# other pair of distinct classes is unrelated.
_TYPE = type(int)


def issubclass_(cls, classinfo):
    if type(classinfo) is tuple:
        return any(issubclass_(cls, c) for c in classinfo)
    if type(cls) is not _TYPE:
        raise TypeError("issubclass() arg 1 must be a class")
    if type(classinfo) is not _TYPE:
        raise TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    if cls is classinfo or classinfo is object:
        return True
    if cls in _ancestors:
        return classinfo in _ancestors[cls]
    if cls is bool:
        return classinfo is int
    return _exception_subclass(cls, classinfo)


def _exception_subclass(cls, classinfo):
    try:
        instance = cls()
    except Exception:
        return False
    if not isinstance(instance, BaseException):
        return False
    return isinstance(instance, classinfo)


# `C.__mro__`, which the prepass refuses as a dunder read: a class of the
# code answers from the order its flattening recorded (see `inherit`),
# bool is an int, a builtin exception from the hierarchy its instances
# show (deepest ancestor first), any other class derives from object
# alone. Classes whose order monty does not model (its Counter and
# defaultdict derive from no dict here, nor the sandbox's OrderedDict)
# are refused rather than answered wrong.
_EXCEPTIONS = (BaseException, SystemExit, KeyboardInterrupt, Exception, ArithmeticError, OverflowError, ZeroDivisionError, LookupError, IndexError, KeyError, RuntimeError, NotImplementedError, RecursionError, AttributeError, NameError, UnboundLocalError, ValueError, ImportError, ModuleNotFoundError, OSError, FileNotFoundError, FileExistsError, IsADirectoryError, NotADirectoryError, PermissionError, TypeError, AssertionError, StopIteration, TimeoutError, MemoryError, SyntaxError)
_NO_MRO = ("Counter", "defaultdict", "OrderedDict", "ChainMap", "deque", "UnicodeDecodeError", "UnicodeEncodeError", "JSONDecodeError", "json.JSONDecodeError")


def _exception_ancestors(cls):
    return [base for base in _EXCEPTIONS if base is not cls and _exception_subclass(cls, base)]


def mro_of(cls):
    if type(cls) is not _TYPE:
        raise AttributeError(f"'{type(cls).__name__}' object has no attribute '__mro__'")
    if cls is object:
        return (object,)
    if cls in _ancestors:
        # The module's Error, which the code's exception classes derive
        # from here, is no class of theirs in CPython.
        return (cls,) + tuple([base for base in _ancestors[cls] if base is not Error]) + (object,)
    if cls is bool:
        return (bool, int, object)
    if cls in _EXCEPTIONS:
        chain = _exception_ancestors(cls)
        chain.sort(key=lambda base: -len(_exception_ancestors(base)))
        return (cls,) + tuple(chain) + (object,)
    if cls.__name__ in _NO_MRO or hasattr(cls, "_fields"):
        raise NotImplementedError(f"{cls.__name__}.__mro__ is not available in the sandbox")
    return (cls, object)


def bases_of(cls):
    """`C.__bases__`, from what `inherit` recorded or the order above."""
    if type(cls) is not _TYPE:
        raise AttributeError(f"'{type(cls).__name__}' object has no attribute '__bases__'")
    if cls in _bases:
        return tuple(_bases[cls])
    order = mro_of(cls)
    return order[1:2]


def object_init(self, *args, **kwargs):
    if args or kwargs:
        raise TypeError("object.__init__() takes exactly one argument (the instance to initialize)")
    return None


# `super().m(...)` where the class after the caller's depends on the
# object's class (several bases, or a mixin without any): the rewrite
# records, for each class of the code, where each such call of a class of
# its order goes (`super_targets`), and the call site asks for the view of
# the classes after its own class (`super_of`). A view is an object whose
# attributes are the methods the calls reach, named `super` so that a
# method no class after has fails as CPython's does.
class super:
    pass


_object_view = super()
_object_view.__init__ = object_init
_super_views = {}


def super_targets(owner, entries):
    views = {}
    for caller, name, target in entries:
        view = views.get(caller)
        if view is None:
            view = super()
            views[caller] = view
        if target is not None:
            setattr(view, name, getattr(target, name))
        elif name == "__init__":
            view.__init__ = object_init
    _super_views[owner] = views


def super_of(caller, obj):
    views = _super_views.get(type(obj))
    if views is None:
        # A class without bases, of an object of its own: nothing after it.
        if type(obj) is caller:
            return _object_view
    else:
        view = views.get(caller)
        if view is not None:
            return view
    raise TypeError("super(type, obj): obj must be an instance or subtype of type")


def object_init_subclass(cls, *args, **kwargs):
    if args:
        raise TypeError("object.__init_subclass__() takes no positional arguments")
    if kwargs:
        raise TypeError(cls.__name__ + ".__init_subclass__() takes no keyword arguments")
    return None


# The code's own exception classes (see rewrite/exceptions.rs). monty's
# exceptions are its builtin types with one message, so an instance of such
# a class is a plain object, and raising it raises a builtin exception of the
# class's root (the builtin it derives from) that carries a key to it: the
# builtin handlers catch it as Python would, `except MyError` asks `clause`,
# and the handler's first statement asks `enter` for the object back.
class Error:
    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError(type(self).__name__ + "() takes no keyword arguments")
        _set_args(self, args)

    def __str__(self):
        args = self.args
        if len(args) == 0:
            return ""
        if len(args) == 1:
            # KeyError shows its key as the key's repr.
            if _roots.get(type(self)) == KeyError:
                return repr(args[0])
            return str(args[0])
        if _roots.get(type(self)) == OSError and len(args) == 2:
            shown = "[Errno " + str(args[0]) + "] " + str(args[1])
            if self.filename is not None:
                shown = shown + ": " + repr(self.filename)
                if self.filename2 is not None:
                    shown = shown + " -> " + repr(self.filename2)
            return shown
        return str(args)

    def __repr__(self):
        args = self.args
        if len(args) == 1:
            return type(self).__name__ + "(" + repr(args[0]) + ")"
        return type(self).__name__ + repr(args)


# A class's own __init__ runs after BaseException.__new__ has set `args` to
# the call's positional arguments; an explicit Error.__init__ sets it again.
def exception_init(init):
    def __init__(self, *args, **kwargs):
        if not hasattr(self, "args"):
            _set_args(self, args)
        init(self, *args, **kwargs)
    return __init__


# OSError(errno, strerror[, filename[, winerror[, filename2]]]) keeps the
# first two as its args and the rest as attributes, as CPython's does.
def _set_args(error, args):
    if _roots.get(type(error)) != OSError:
        error.args = args
        return
    error.errno = None
    error.strerror = None
    error.filename = None
    error.filename2 = None
    if 2 <= len(args) <= 5:
        error.errno = args[0]
        error.strerror = args[1]
        if len(args) >= 3:
            error.filename = args[2]
        if len(args) == 5:
            error.filename2 = args[4]
        args = args[:2]
    error.args = args


_roots = {}


def exception_class(owner, root):
    _roots[owner] = root


# The carriers raised and not yet caught, innermost last: (key, object).
_raised = []
_next_key = [0]
_caught_by = [None]
CARRIER = "\x00codeact-exception:"
_LOST = "the sandbox lost track of an exception of the code's own class here (raised in one place and re-raised from another, or caught and dropped inside a sandbox module); raise it again with `raise err` in the handler that caught it"


def reset():
    _raised.clear()


def throw(x):
    if type(x) is _TYPE and x in _roots:
        x = x()
    cls = type(x)
    if cls not in _roots:
        return x
    _next_key[0] += 1
    key = _next_key[0]
    _raised.append((key, x))
    text = str(x)
    shown = cls.__name__ + ": " + text if text else cls.__name__
    return _roots[cls](CARRIER + str(key) + "\x00" + shown)


# `raise X from Y`: what `err.__cause__` reads back (keyed by identity, the
# exception kept alive with it so that its id is not reused). monty never
# evaluates a `from` clause, so the rewrite passes Y here.
_causes = {}
_UNKNOWN = []
_CAUSE_UNKNOWN = "the sandbox did not note this exception's cause; write `raise X from err` without parentheses around err"


def chain(x, y):
    if type(x) is _TYPE:
        x = x()
    _causes[id(x)] = (x, y)
    return x


def chain_unknown(x):
    if type(x) is _TYPE:
        x = x()
    _causes[id(x)] = (x, _UNKNOWN)
    return x


def cause_of(e):
    entry = _causes.get(id(e))
    if entry is None or entry[0] is not e:
        return None
    if entry[1] is _UNKNOWN:
        raise NotImplementedError(_CAUSE_UNKNOWN)
    return entry[1]


def suppress_context_of(e):
    # True once the exception was raised with `from` (a cause or None).
    entry = _causes.get(id(e))
    return entry is not None and entry[0] is e


def clause(written):
    _caught_by[0] = written
    if type(written) is tuple:
        types = written
    else:
        types = (written,)
    top = _raised[-1][1] if _raised else None
    out = []
    for c in types:
        if type(c) is _TYPE and c in _roots:
            if top is not None and isinstance_(top, c):
                out.append(_roots[type(top)])
        else:
            out.append(c)
    return tuple(out)


def _key(raw):
    args = raw.args
    if len(args) != 1 or type(args[0]) is not str or not args[0].startswith(CARRIER):
        return None
    return int(args[0][len(CARRIER):].partition("\x00")[0])


def enter(raw):
    written = _caught_by[0]
    key = _key(raw)
    if key is None:
        types = written if type(written) is tuple else (written,)
        for c in types:
            if type(c) is _TYPE and c not in _roots and isinstance(raw, c):
                return raw
        raise RuntimeError(_LOST)
    if not _raised or _raised[-1][0] != key:
        raise RuntimeError(_LOST)
    return _raised.pop()[1]


# A context manager's __exit__ sees the class and object of an exception of
# the code's own class; suppressing it takes it off the stack.
def exit_arguments(kind, value):
    if value is None:
        return (kind, value, None)
    key = _key(value)
    if key is not None:
        for entry in _raised:
            if entry[0] == key:
                return (type(entry[1]), entry[1], key)
    return (kind, value, None)


def exit_return(result, key):
    if result and key is not None:
        while _raised:
            if _raised.pop()[0] == key:
                break
    return result


def true(*bindings):
    return True


def last(*values):
    return values[-1]


# A handler the sandbox could not prepare (its body starts with a compound
# statement other than if/for/with/try) refuses to take an exception of the
# code's own class; the refusal is not one of them for outer handlers.
def unprepared(written):
    if _raised:
        _raised.clear()
        raise NotImplementedError("an except clause whose body starts with a while or match statement cannot catch an exception of the code's own class here; put a simple statement first in the handler, for example `message = str(err)`")
    return written


# `class Point(NamedTuple)` (see rewrite/named_tuples.rs): the class keeps
# its methods and gets a tuple's behaviour from these: construction by
# position or keyword with the defaults, CPython's repr, equality and hash
# as the tuple of its fields, iteration, indexing, len, _fields,
# _field_defaults, _replace, _asdict, _make.
def named_tuple(cls, name, fields, defaulted):
    defaults = {}
    for field in defaulted:
        defaults[field] = getattr(cls, field)

    def init(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}.__new__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given")
        values = list(args)
        for field in fields[len(args):]:
            if field in kwargs:
                values.append(kwargs.pop(field))
            elif field in defaults:
                values.append(defaults[field])
            else:
                missing = [f for f in fields[len(values):] if f not in kwargs and f not in defaults]
                quoted = " and ".join(["'" + f + "'" for f in missing])
                plural = "s" if len(missing) > 1 else ""
                raise TypeError(f"{name}.__new__() missing {len(missing)} required positional argument{plural}: {quoted}")
        if kwargs:
            unknown = list(kwargs)[0]
            if unknown in fields:
                raise TypeError(f"{name}.__new__() got multiple values for argument '{unknown}'")
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{unknown}'")
        for field, value in zip(fields, values):
            setattr(self, field, value)
        self._codeact_values = tuple(values)

    def text(self):
        return name + "(" + ", ".join([f + "=" + repr(v) for f, v in zip(fields, self._codeact_values)]) + ")"

    def equal(self, other):
        if type(other) is cls:
            return self._codeact_values == other._codeact_values
        return self._codeact_values == other

    def digest(self):
        return hash(self._codeact_values)

    def items(self):
        return iter(self._codeact_values)

    def item(self, index):
        return self._codeact_values[index]

    def size(self):
        return len(self._codeact_values)

    def replace(self, **changes):
        values = {}
        for field, value in zip(fields, self._codeact_values):
            values[field] = value
        for field, value in changes.items():
            if field not in values:
                raise ValueError(f"Got unexpected field names: {[field]!r}")
            values[field] = value
        return cls(**values)

    def as_dict(self):
        out = {}
        for field, value in zip(fields, self._codeact_values):
            out[field] = value
        return out

    def make(iterable):
        return cls(*iterable)

    cls.__init__ = init
    cls.__repr__ = text
    cls.__str__ = text
    cls.__eq__ = equal
    cls.__hash__ = digest
    cls.__iter__ = items
    cls._fields = tuple(fields)
    cls._field_defaults = defaults
    cls._replace = replace
    cls._asdict = as_dict
    cls._make = make
    method(cls, "__getitem__", item)
    method(cls, "__len__", size)
    for dunder, compare in (("__lt__", _values_lt), ("__le__", _values_le), ("__gt__", _values_gt), ("__ge__", _values_ge)):
        method(cls, dunder, compare)
    return cls


def _values(x):
    values = getattr(x, "_codeact_values", None)
    return x if values is None else values


def _values_lt(a, b):
    return _values(a) < _values(b)


def _values_le(a, b):
    return _values(a) <= _values(b)


def _values_gt(a, b):
    return _values(a) > _values(b)


def _values_ge(a, b):
    return _values(a) >= _values(b)
