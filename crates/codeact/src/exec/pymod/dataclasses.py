# The parts of dataclasses monty 0.0.23 lacks: field(), fields(), asdict(),
# astuple(), replace() and __post_init__. A class whose body uses field()
# or defines __post_init__ gets its __init__ from dataclass_init (called
# after the class statement, see rewrite/class_members.rs); monty's own
# @dataclass still makes its repr, eq and hash.
import dataclasses as _native

dataclass = _native.dataclass
is_dataclass = _native.is_dataclass
FrozenInstanceError = _native.FrozenInstanceError
_TYPE = type(int)


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class Field:
    def __init__(self, default, default_factory, init, shown, compared):
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = shown
        self.compare = compared

    def __repr__(self):
        return f"Field(default={self.default!r},default_factory={self.default_factory!r})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    if hash is not None or kw_only is not MISSING:
        raise NotImplementedError("field() here takes only default=, default_factory=, init=, repr=, compare= and metadata=")
    return Field(default, default_factory, init, repr, compare)


def _required_message(title, missing):
    quoted = [f"'{name}'" for name in missing]
    if len(quoted) == 1:
        names = quoted[0]
    elif len(quoted) == 2:
        names = quoted[0] + " and " + quoted[1]
    else:
        names = ", ".join(quoted[:-1]) + ", and " + quoted[-1]
    plural = "argument" if len(missing) == 1 else "arguments"
    return f"{title} missing {len(missing)} required positional {plural}: {names}"


_not_in_init = {}


def dataclass_init(owner, names, post_init, eq):
    # specs: the __init__ parameters; later: init=False fields, set from
    # their default or factory (if any) before __post_init__ runs.
    specs = []
    later = []
    shown = []
    compared = []
    for name in names:
        value = getattr(owner, name, MISSING)
        if type(value) is not Field or value.repr:
            shown.append(name)
        if type(value) is not Field or value.compare:
            compared.append(name)
        if type(value) is Field:
            if value.default is not MISSING:
                setattr(owner, name, value.default)
                spec = (name, value.default, None)
            elif value.default_factory is not MISSING:
                spec = (name, MISSING, value.default_factory)
            else:
                spec = (name, MISSING, None)
            if value.init:
                specs.append(spec)
            else:
                later.append(spec)
        else:
            specs.append((name, value, None))
    # CPython's check, over the __init__ parameters only (monty's own
    # decorator sees every field, so the rewrite gives the fields it would
    # wrongly refuse a MISSING default, see rewrite/class_members.rs).
    seen_default = False
    for name, default, factory in specs:
        if default is not MISSING or factory is not None:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument '{name}' follows default argument")
    title = owner.__name__ + ".__init__()"
    known = [spec[0] for spec in specs]
    required = len([spec for spec in specs if spec[1] is MISSING and spec[2] is None])
    takes = str(len(specs) + 1) if required == len(specs) else f"from {required + 1} to {len(specs) + 1}"
    _not_in_init[owner] = [spec[0] for spec in later]

    def init(self, *args, **kwargs):
        if len(args) > len(specs):
            raise TypeError(f"{title} takes {takes} positional arguments but {len(args) + 1} were given")
        values = {}
        for i in range(len(args)):
            values[specs[i][0]] = args[i]
        for key in kwargs:
            if key not in known:
                raise TypeError(f"{title} got an unexpected keyword argument '{key}'")
            if key in values:
                raise TypeError(f"{title} got multiple values for argument '{key}'")
            values[key] = kwargs[key]
        missing = [spec[0] for spec in specs if spec[0] not in values and spec[1] is MISSING and spec[2] is None]
        if missing:
            raise TypeError(_required_message(title, missing))
        for name, default, factory in specs:
            if name in values:
                value = values[name]
            elif factory is not None:
                value = factory()
            else:
                value = default
            setattr(self, name, value)
        for name, default, factory in later:
            if factory is not None:
                setattr(self, name, factory())
            elif default is not MISSING:
                setattr(self, name, default)
        if post_init is not None:
            post_init(self)
    owner.__init__ = init
    # monty's own repr and == take every field.
    if len(shown) < len(names):
        def __repr__(self):
            return type(self).__name__ + "(" + ", ".join(name + "=" + repr(getattr(self, name)) for name in shown) + ")"
        owner.__repr__ = __repr__
    if eq and len(compared) < len(names):
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return tuple(getattr(self, name) for name in compared) == tuple(getattr(other, name) for name in compared)
        owner.__eq__ = __eq__


def fields(class_or_instance):
    if not is_dataclass(class_or_instance):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(getattr(class_or_instance, "__dataclass_fields__").values())


def _inner(value, as_dict):
    if is_dataclass(value) and type(value) is not _TYPE:
        if as_dict:
            return {f.name: _inner(getattr(value, f.name), True) for f in fields(value)}
        return tuple(_inner(getattr(value, f.name), False) for f in fields(value))
    if type(value) is list:
        return [_inner(v, as_dict) for v in value]
    if type(value) is tuple:
        return tuple(_inner(v, as_dict) for v in value)
    if type(value) is dict:
        return {_inner(k, as_dict): _inner(v, as_dict) for k, v in value.items()}
    return value


def asdict(obj):
    if not is_dataclass(obj) or type(obj) is _TYPE:
        raise TypeError("asdict() should be called on dataclass instances")
    return _inner(obj, True)


def astuple(obj):
    if not is_dataclass(obj) or type(obj) is _TYPE:
        raise TypeError("astuple() should be called on dataclass instances")
    return _inner(obj, False)


def replace(obj, **changes):
    if not is_dataclass(obj) or type(obj) is _TYPE:
        raise TypeError("replace() should be called on dataclass instances")
    skipped = _not_in_init.get(type(obj), [])
    values = {}
    for f in fields(obj):
        if f.name in skipped:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        values[f.name] = changes.pop(f.name) if f.name in changes else getattr(obj, f.name)
    values.update(changes)
    return type(obj)(**values)

