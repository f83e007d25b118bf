# `typing` with what monty 0.0.23's lacks: NamedTuple as a base (the
# class rewrite takes it off, see rewrite/named_tuples.rs), cast, NewType,
# and subscripted generics as values (`Graph = Dict[str, List[int]]`,
# which monty refuses outside annotations): `alias` makes an object that
# prints as CPython's does. The rest is monty's own.
import typing as _native

Any = _native.Any
Optional = _native.Optional
Union = _native.Union
List = _native.List
Dict = _native.Dict
Tuple = _native.Tuple
Set = _native.Set
FrozenSet = _native.FrozenSet
Callable = _native.Callable
Iterable = _native.Iterable
Iterator = _native.Iterator
Sequence = _native.Sequence
Mapping = _native.Mapping
Generator = _native.Generator
Type = _native.Type
Generic = _native.Generic
Protocol = _native.Protocol
Literal = _native.Literal
Final = _native.Final
ClassVar = _native.ClassVar
Annotated = _native.Annotated
NoReturn = _native.NoReturn
Self = _native.Self
Never = _native.Never
TYPE_CHECKING = False


# The names monty's typing lacks, for annotations and aliases: each prints
# as CPython's (`typing.Deque`, `typing.Deque[int]` through `alias`).
class _Special:
    def __init__(self, name):
        self._codeact_name = name

    def __repr__(self):
        return "typing." + self._codeact_name


Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
Counter = _Special("Counter")
OrderedDict = _Special("OrderedDict")
ChainMap = _Special("ChainMap")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
Container = _Special("Container")
Collection = _Special("Collection")
Reversible = _Special("Reversible")
MutableMapping = _Special("MutableMapping")
MutableSequence = _Special("MutableSequence")
MutableSet = _Special("MutableSet")
AbstractSet = _Special("AbstractSet")
KeysView = _Special("KeysView")
ItemsView = _Special("ItemsView")
ValuesView = _Special("ValuesView")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AsyncIterator = _Special("AsyncIterator")
AsyncIterable = _Special("AsyncIterable")
AsyncGenerator = _Special("AsyncGenerator")
ContextManager = _Special("ContextManager")
SupportsInt = _Special("SupportsInt")
SupportsFloat = _Special("SupportsFloat")
SupportsIndex = _Special("SupportsIndex")
SupportsAbs = _Special("SupportsAbs")
SupportsRound = _Special("SupportsRound")
TypeAlias = _Special("TypeAlias")
TypeGuard = _Special("TypeGuard")
Required = _Special("Required")
NotRequired = _Special("NotRequired")
LiteralString = _Special("LiteralString")
Text = str


def overload(function):
    return function


def final(thing):
    return thing


def no_type_check(thing):
    return thing


class NamedTuple:
    pass


class TypeVar:
    """A type variable (monty's typing has no callable TypeVar); it prints
    as CPython's does, `~T` (`+T` covariant, `-T` contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class TypedDict:
    pass


def typed_dict(cls):
    """A TypedDict class (see rewrite/named_tuples.rs): its calls make
    dicts; its __name__ is the class's."""
    def make(*args, **kwargs):
        return dict(*args, **kwargs)
    __codeact_mod__sandbox.set_name(make, __codeact_mod__sandbox.name_of(cls))
    return make


def cast(typ, val):
    return val


def NewType(name, tp):
    def new_type(x):
        return x
    return new_type


_BUILTINS = (int, str, float, bool, list, dict, tuple, set, frozenset, bytes, object, type(None))


def _arg_repr(arg):
    if arg is None:
        return "NoneType"
    if type(arg) is _Alias or type(arg) is list:
        if type(arg) is list:
            return "[" + ", ".join([_arg_repr(a) for a in arg]) + "]"
        return repr(arg)
    if arg in _BUILTINS:
        return "NoneType" if arg is type(None) else arg.__name__
    if arg is ...:
        return "..."
    if type(arg) is type(int):
        return "__main__." + arg.__name__
    text = repr(arg)
    # The sandbox's enum classes print as CPython's do, `<enum 'Color'>`.
    if text.startswith("<enum '") and text.endswith("'>"):
        return "__main__." + text[7:-2]
    return text


class _Alias:
    def __init__(self, origin, args):
        self._codeact_origin = origin
        self._codeact_args = args

    def __repr__(self):
        origin = self._codeact_origin
        args = self._codeact_args
        if origin is Union and len(args) == 2 and (args[0] is None or args[1] is None):
            other = args[1] if args[0] is None else args[0]
            return "typing.Optional[" + _arg_repr(other) + "]"
        if origin is Union:
            head = "typing.Union"
        elif origin in _BUILTINS:
            head = origin.__name__
        else:
            head = repr(origin)
        if not self._codeact_args:
            return head + "[()]"
        return head + "[" + ", ".join([_arg_repr(a) for a in self._codeact_args]) + "]"

    def _key(self):
        # A Union is equal to one of the same members in any order.
        if self._codeact_origin is Union:
            return ("Union", frozenset([_arg_repr(a) for a in self._codeact_args]))
        return repr(self)

    def __eq__(self, other):
        return type(other) is _Alias and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())


def _union_members(args):
    # Nested unions flattened, repeats dropped (first kept), as CPython's
    # Union[...] does.
    members = []
    for arg in args:
        parts = arg._codeact_args if type(arg) is _Alias and arg._codeact_origin is Union else (arg,)
        for part in parts:
            if part is type(None):
                part = None
            if not any([_same(part, m) for m in members]):
                members.append(part)
    return members


def _same(a, b):
    if a is b:
        return True
    return type(a) is _Alias and type(b) is _Alias and a == b


def alias(origin, args):
    """`origin[args]` of a generic used as a value."""
    if type(args) is not tuple:
        args = (args,)
    if origin is Optional:
        if len(args) != 1:
            raise TypeError("typing.Optional requires a single type.")
        origin = Union
        args = (args[0], None)
    if origin is Union:
        members = _union_members(args)
        if len(members) == 1:
            return type(None) if members[0] is None else members[0]
        return _Alias(Union, tuple(members))
    return _Alias(origin, args)
