# `enum`, which monty 0.0.23 lacks (and it has no metaclasses to write one
# with). A class statement deriving from Enum, IntEnum or StrEnum (or from
# str or int and Enum, a mixin: `named` below) is
# rewritten (see rewrite/enums.rs) into a plain class and a call of
# `build`, which makes the members (instances of that class carrying
# `name` and `value`) and binds the class's name to an `EnumType` object
# that iterates, indexes, looks up and prints the way CPython 3.11's enum
# class does. The members' repr, str, equality, hashing and (IntEnum)
# ordering and arithmetic are the methods below, set on the class.

_MISSING = []


class Enum:
    pass


class IntEnum:
    pass


class StrEnum:
    pass


class Flag:
    pass


class IntFlag:
    pass


# For `isinstance(member, Enum)` (the `_classes` module's isinstance_): the
# bases name their kind, and `build` marks each enum's member class.
Enum._codeact_enum_base = "Enum"
IntEnum._codeact_enum_base = "IntEnum"
StrEnum._codeact_enum_base = "StrEnum"
Flag._codeact_enum_base = "Flag"
IntFlag._codeact_enum_base = "IntFlag"
_FLAGS = ("Flag", "IntFlag")


class auto:
    def __init__(self):
        self.value = _MISSING

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"


def _next_value(kind, name, last_values):
    if kind == "StrEnum":
        return name.lower()
    if kind in _FLAGS:
        # The power of two above the highest value so far.
        if not last_values:
            return 1
        return 2 ** __codeact_mod__sandbox.bit_length(max(last_values))
    for last in last_values[::-1]:
        try:
            return last + 1
        except TypeError:
            pass
    return 1


class EnumType:
    def __init__(self, cls, name, kind, named):
        self.__name__ = name
        self._codeact_class = cls
        self._codeact_name = name
        self._codeact_kind = kind
        # A mixin's members print as Enum's do, by name (CPython 3.11).
        self._codeact_named = named
        cls._codeact_enum_kind = kind
        cls._codeact_enum_named = named
        self._codeact_members = []
        self._codeact_by_name = {}

    def __iter__(self):
        return iter(list(self._codeact_members))

    def __len__(self):
        return len(self._codeact_members)

    def __contains__(self, member):
        if type(member) is not self._codeact_class:
            kind = type(member).__name__
            raise TypeError(f"unsupported operand type(s) for 'in': '{kind}' and 'EnumType'")
        return member in self._codeact_members

    def __getitem__(self, name):
        if name in self._codeact_by_name:
            return self._codeact_by_name[name]
        raise KeyError(name)

    def __repr__(self):
        word = "flag" if self._codeact_kind in _FLAGS else "enum"
        return "<" + word + " '" + self._codeact_name + "'>"

    def _codeact_call(self, value):
        if type(value) is self._codeact_class:
            return value
        if self._codeact_kind in _FLAGS and type(value) is int:
            return _flag_of(self, value)
        for member in self._codeact_members:
            if member._value_ == value:
                return member
        raise ValueError(f"{value!r} is not a valid {self._codeact_name}")

    def _codeact_isinstance(self, obj):
        return type(obj) is self._codeact_class


def _member_repr(member):
    return "<" + member._codeact_owner + "." + member._name_ + ": " + repr(member._value_) + ">"


def _enum_str(member):
    return member._codeact_owner + "." + member._name_


def _value_str(member):
    return str(member._value_)


def _value_eq(member, other):
    if type(other) is type(member):
        return member is other
    return member._value_ == other


def _value_hash(member):
    return hash(member._value_)


def _value_of(x):
    if type(x).__name__ == getattr(x, "_codeact_owner", None):
        return x._value_
    return x


def _lt(a, b):
    return _value_of(a) < _value_of(b)


def _le(a, b):
    return _value_of(a) <= _value_of(b)


def _gt(a, b):
    return _value_of(a) > _value_of(b)


def _ge(a, b):
    return _value_of(a) >= _value_of(b)


def _add(a, b):
    return _value_of(a) + _value_of(b)


def _sub(a, b):
    return _value_of(a) - _value_of(b)


def _mul(a, b):
    return _value_of(a) * _value_of(b)


def _rsub(a, b):
    return _value_of(b) - _value_of(a)


def _binary_int(operation):
    # An IntEnum member in arithmetic is its int value (the result an int).
    def apply(a, b):
        return operation(_value_of(a), _value_of(b))

    def reflected(a, b):
        return operation(_value_of(b), _value_of(a))
    return apply, reflected


def _unary_int(operation):
    def apply(a):
        return operation(a._value_)
    return apply


def _operators():
    pairs = [("__lt__", _lt), ("__le__", _le), ("__gt__", _gt), ("__ge__", _ge), ("__add__", _add), ("__radd__", _add), ("__sub__", _sub), ("__rsub__", _rsub), ("__mul__", _mul), ("__rmul__", _mul)]
    binary = (
        ("truediv", lambda a, b: a / b),
        ("floordiv", lambda a, b: a // b),
        ("mod", lambda a, b: a % b),
        ("pow", lambda a, b: a ** b),
        ("and", lambda a, b: a & b),
        ("or", lambda a, b: a | b),
        ("xor", lambda a, b: a ^ b),
        ("lshift", lambda a, b: a << b),
        ("rshift", lambda a, b: a >> b),
    )
    for name, operation in binary:
        apply, reflected = _binary_int(operation)
        pairs.append(("__" + name + "__", apply))
        pairs.append(("__r" + name + "__", reflected))
    for name, operation in (("neg", lambda v: -v), ("pos", lambda v: +v), ("abs", abs), ("invert", lambda v: ~v)):
        pairs.append(("__" + name + "__", _unary_int(operation)))
    return tuple(pairs)


_INT_OPERATORS = _operators()


# The methods of str a StrEnum member (a str in CPython) answers as its
# value does, unless its class defines one of the name.
_STR_METHODS = (
    "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs",
    "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii",
    "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
    "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
    "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
    "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
    "swapcase", "title", "translate", "upper", "zfill",
)


def _str_method(name):
    def method(self, *args, **kwargs):
        return __codeact_mod__bound.bound(self._value_, name)(*args, **kwargs)
    return method


def _str_operators():
    pairs = [("__lt__", _lt), ("__le__", _le), ("__gt__", _gt), ("__ge__", _ge), ("__add__", _add), ("__radd__", lambda a, b: _value_of(b) + _value_of(a)), ("__mul__", _mul), ("__rmul__", _mul)]
    pairs.append(("__len__", lambda a: len(a._value_)))
    pairs.append(("__getitem__", lambda a, index: a._value_[index]))
    return tuple(pairs)


_STR_OPERATORS = _str_operators()


def build(cls, name, names, kind, has_init, functions, named, own_specials):
    enum = EnumType(cls, name, kind, named)
    last_values = []
    for member_name in names:
        value = getattr(cls, member_name)
        if type(value) is auto:
            value = _next_value(kind, member_name, last_values)
        last_values.append(value)
        alias = None
        for member in enum._codeact_members:
            if member._value_ == value:
                alias = member
                break
        if alias is not None:
            enum._codeact_by_name[member_name] = alias
            setattr(enum, member_name, alias)
            setattr(cls, member_name, alias)
            continue
        if kind == "IntEnum" and type(value) is not int:
            raise ValueError(f"invalid literal for int() with base 10: {value!r}")
        if kind == "StrEnum" and type(value) is not str:
            raise TypeError(f"{value!r} is not a string")
        if has_init:
            member = cls(*value) if type(value) is tuple else cls(value)
        else:
            member = cls()
        member._codeact_owner = name
        member._codeact_enum = enum
        member._name_ = member_name
        member._value_ = value
        member.name = member_name
        member.value = value
        enum._codeact_members.append(member)
        enum._codeact_by_name[member_name] = member
        setattr(enum, member_name, member)
    for member_name in names:
        setattr(cls, member_name, enum._codeact_by_name[member_name])
    for function in functions:
        raw = getattr(cls, "__codeact_cm_" + function, None)
        if raw is None:
            setattr(enum, function, getattr(cls, function))
        else:
            # A class method takes the enum, which iterates and looks up.
            bound = __codeact_mod__classes.class_method(enum, raw)
            setattr(enum, function, bound)
            setattr(cls, function, bound)
    # The class's own __str__/__repr__/__eq__/__hash__ stay (own_specials).
    specials = {"__repr__": _member_repr}
    specials["__str__"] = _enum_str if kind == "Enum" or named else _value_str
    if kind != "Enum" and kind != "Flag":
        specials["__eq__"] = _value_eq
        specials["__hash__"] = _value_hash
    for special, function in specials.items():
        if special not in own_specials:
            setattr(cls, special, function)
    if kind == "IntEnum" or kind == "IntFlag":
        for dunder, function in _INT_OPERATORS:
            __codeact_mod__classes.method(cls, dunder, function)
    if kind in _FLAGS:
        _make_flag(enum, cls, kind, own_specials)
    if kind == "StrEnum":
        for dunder, function in _STR_OPERATORS:
            __codeact_mod__classes.method(cls, dunder, function)
        cls.__contains__ = lambda self, part: part in self._value_
        cls.__iter__ = lambda self: iter(self._value_)
        for method_name in _STR_METHODS:
            if not hasattr(cls, method_name):
                setattr(cls, method_name, _str_method(method_name))
    # CPython's is a read-only mappingproxy, which prints as this dict does
    # (names, aliases too, to members in definition order).
    enum.__members__ = {member_name: enum._codeact_by_name[member_name] for member_name in names}
    return enum


def _enum_of(value):
    enum = getattr(value, "_codeact_enum", None)
    if enum is not None and type(value) is enum._codeact_class:
        return enum
    return None


def type_of(value):
    """type(value): a member's is its enum."""
    enum = _enum_of(value)
    return type(value) if enum is None else enum


def int_of(value):
    """int(value): an IntEnum member's is its value."""
    return int(value if _enum_of(value) is None else value._value_)


def int_value(value):
    """An IntEnum member's int value; any other value itself."""
    enum = _enum_of(value)
    return value._value_ if enum is not None and enum._codeact_kind in ("IntEnum", "IntFlag") else value


def float_of(value):
    """float(value): an IntEnum member's is its value's."""
    return float(value if _enum_of(value) is None else value._value_)


def keep(cls):
    return cls


def unique(enum):
    duplicates = []
    for member_name, member in enum._codeact_by_name.items():
        if member._name_ != member_name:
            duplicates.append(member_name + " -> " + member._name_)
    if duplicates:
        raise ValueError("duplicate values found in " + repr(enum) + ": " + ", ".join(duplicates))
    return enum


for _owner, _names in ((EnumType, ("__len__", "__getitem__")),):
    for _name in _names:
        __codeact_mod__classes.method(_owner, _name, getattr(_owner, _name))


# Flag and IntFlag (CPython 3.11's): the members with one bit are the
# canonical ones (what the class iterates, in definition order, as the
# names of combinations list them); any other value is a pseudo
# member made on demand and kept, named by its bits ("R|W"). A Flag refuses
# bits no member has (its boundary is STRICT); an IntFlag keeps them (KEEP),
# named by their number, and its other arithmetic is int's.
def _make_flag(enum, cls, kind, own_specials):
    mask = 0
    values = {}
    for member in enum._codeact_members:
        if type(member._value_) is not int:
            raise TypeError(f"{member._value_!r} is not an int")
        mask |= member._value_
        values[member._value_] = member
    enum._codeact_flag_mask = mask
    enum._codeact_values = values
    enum._codeact_members = [m for m in enum._codeact_members if m._value_ and m._value_ & (m._value_ - 1) == 0]
    operators = [("__or__", _flag_or), ("__ror__", _flag_or), ("__and__", _flag_and), ("__rand__", _flag_and), ("__xor__", _flag_xor), ("__rxor__", _flag_xor), ("__invert__", _flag_invert), ("__len__", _flag_len), ("__bool__", _flag_bool)]
    for dunder, function in operators:
        __codeact_mod__classes.method(cls, dunder, function)
    cls.__contains__ = _flag_contains
    cls.__iter__ = lambda self: iter(_flag_members(self._codeact_enum, self._value_))
    cls.__bool__ = _flag_bool
    cls.__len__ = _flag_len
    if "__repr__" not in own_specials:
        cls.__repr__ = _flag_repr
    if kind == "Flag" and "__str__" not in own_specials:
        cls.__str__ = _flag_str


def _flag_members(enum, value):
    # The canonical members with a bit in `value`, in definition order.
    return [m for m in enum._codeact_members if m._value_ & value]


def _bin(num, max_bits):
    # enum.bin() of CPython: the sign bit, a space, the digits.
    ceiling = 2 ** __codeact_mod__sandbox.bit_length(num)
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return sign + " " + digits


def _flag_of(enum, value):
    member = enum._codeact_values.get(value)
    if member is not None:
        return member
    mask = enum._codeact_flag_mask
    if enum._codeact_kind == "IntFlag":
        if value < 0:
            value = (1 << __codeact_mod__sandbox.bit_length(mask)) + value
            member = enum._codeact_values.get(value)
            if member is not None:
                return member
    elif value < 0 or value & ~mask:
        bits = max(__codeact_mod__sandbox.bit_length(value), __codeact_mod__sandbox.bit_length(mask))
        raise ValueError(f"{enum!r} invalid value {value!r}\n    given {_bin(value, bits)}\n  allowed {_bin(mask, bits)}")
    names = [m._name_ for m in _flag_members(enum, value)]
    unknown = value & ~mask
    if unknown:
        names.append(str(unknown))
    name = "|".join(names) if value else None
    member = enum._codeact_class()
    member._codeact_owner = enum._codeact_name
    member._codeact_enum = enum
    member._name_ = name
    member._value_ = value
    member.name = name
    member.value = value
    enum._codeact_values[value] = member
    return member


def _flag_operand(a, b):
    # The other operand's bits, or None where the operator does not apply.
    if type(b) is type(a):
        return b._value_
    if a._codeact_enum._codeact_kind == "IntFlag" and type(b) is int:
        return b
    return None


def _flag_or(a, b):
    other = _flag_operand(a, b)
    if other is None:
        return NotImplemented
    return _flag_of(a._codeact_enum, a._value_ | other)


def _flag_and(a, b):
    other = _flag_operand(a, b)
    if other is None:
        return NotImplemented
    return _flag_of(a._codeact_enum, a._value_ & other)


def _flag_xor(a, b):
    other = _flag_operand(a, b)
    if other is None:
        return NotImplemented
    return _flag_of(a._codeact_enum, a._value_ ^ other)


def _flag_invert(a):
    enum = a._codeact_enum
    if enum._codeact_kind == "IntFlag":
        return _flag_of(enum, ~a._value_)
    return _flag_of(enum, enum._codeact_flag_mask ^ a._value_)


def _flag_len(a):
    return bin(a._value_).count("1")


def _flag_bool(a):
    return a._value_ != 0


def _flag_contains(a, b):
    if type(b) is not type(a):
        raise TypeError(f"unsupported operand type(s) for 'in': '{type(b).__name__}' and '{type(a).__name__}'")
    return b._value_ & a._value_ == b._value_


def _flag_repr(member):
    if member._name_ is None:
        return "<" + member._codeact_owner + ": " + repr(member._value_) + ">"
    return "<" + member._codeact_owner + "." + member._name_ + ": " + repr(member._value_) + ">"


def _flag_str(member):
    if member._name_ is None:
        return member._codeact_owner + "(" + repr(member._value_) + ")"
    return member._codeact_owner + "." + member._name_
