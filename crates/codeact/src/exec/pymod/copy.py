# Immutable values, which a copy may share (CPython's copies of datetimes
# are equal new objects: nothing a program prints tells them apart).
_IMMUTABLE_NAMES = ("function", "builtin_function_or_method", "type", "datetime", "date", "time", "timedelta", "timezone", "Pattern", "re.Pattern", "Match", "re.Match", "NoneType", "complex")

# The containers of `collections` that copy themselves (a class of the
# code's may share their names).
import collections as _collections

_COPYING = (type(_collections.defaultdict(int)), type(_collections.Counter()), type(_collections.deque()))
_MAPPINGS = (type(_collections.defaultdict(int)), type(_collections.Counter()))


def _atomic(x):
    kind = type(x)
    return x is None or kind in (int, float, bool, str, bytes, range, type, frozenset) or kind.__name__ in _IMMUTABLE_NAMES

# Objects of the code's own classes: monty has no __dict__ to copy, so the
# rewrite passes the attribute names the session's code assigns anywhere
# (`names`; None where a setattr with a computed name could add others).
# The copy is made without running __init__ (it is swapped out for the
# call), and gets each of those attributes the object holds itself (not a
# class attribute it reads through its class).
def _no_init(self, *args, **kwargs):
    return None

def _blank(kind):
    try:
        original = kind.__init__
    except AttributeError:
        # No __init__ of its own or copied in: a call runs nothing.
        return kind()
    kind.__init__ = _no_init
    try:
        return kind()
    finally:
        kind.__init__ = original

_MISSING = []

def _made(x, kind, attributes, convert, memo=None):
    # A copy without __init__ holding the copied attributes (noted in
    # `memo` before they are copied, so that a reference back to `x` gets
    # the copy); for a dataclass monty builds itself (its __init__ is not
    # swapped out: the call fails for want of arguments, or a frozen one
    # refuses the assignments), a call with the copied field values.
    fields = getattr(kind, "__dataclass_fields__", None)
    try:
        result = _blank(kind)
        if memo is not None:
            memo[id(x)] = result
        for name, value in attributes:
            setattr(result, name, convert(value))
        return result
    except Exception:
        if fields is None:
            raise
    values = {}
    for name in fields:
        values[name] = convert(getattr(x, name))
    result = kind(**values)
    for name, value in attributes:
        if name not in fields:
            setattr(result, name, convert(value))
    return result

def _own_attributes(x, names, what):
    kind = type(x)
    if names is None or kind.__name__ in ("function", "module") or hasattr(x, "_codeact_values") or hasattr(x, "_codeact_enum") or kind.__name__ in ("OrderedDict", "ChainMap"):
        raise NotImplementedError(f"{what}() of '{kind.__name__}' objects is not available in the sandbox; build the copy explicitly")
    found = []
    for name in names:
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        if getattr(kind, name, _MISSING) is value:
            continue
        found.append((name, value))
    return found

def _special(x):
    # The sandbox's own objects: enum members and named tuples are kept,
    # OrderedDict and ChainMap copy themselves.
    if hasattr(x, "_codeact_enum") or hasattr(x, "_codeact_values"):
        return True, x
    if type(x).__name__ in ("OrderedDict", "ChainMap") and hasattr(x, "copy"):
        return True, x.copy()
    return False, None

def copy(x, __codeact_names=None):
    kind = type(x)
    if kind is list or kind is set or kind is dict:
        return x.copy()
    if kind is tuple or _atomic(x):
        return x
    if kind in _COPYING:
        return x.copy()
    handled, value = _special(x)
    if handled:
        return value
    hook = getattr(kind, "__copy__", None)
    if hook is not None:
        return hook(x)
    attributes = _own_attributes(x, __codeact_names, "copy.copy")
    return _made(x, kind, attributes, lambda value: value)

def deepcopy(x, memo=None, __codeact_names=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    kind = type(x)
    if kind is list:
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo, __codeact_names))
        return result
    if kind is tuple:
        items = [deepcopy(item, memo, __codeact_names) for item in x]
        if key in memo:
            return memo[key]
        same = True
        for a, b in zip(items, x):
            if a is not b:
                same = False
        result = x if same else tuple(items)
        memo[key] = result
        return result
    if kind is dict or kind in _MAPPINGS:
        result = x.copy()
        result.clear()
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo, __codeact_names)] = deepcopy(v, memo, __codeact_names)
        return result
    if kind is set:
        result = set()
        memo[key] = result
        for item in x:
            result.add(deepcopy(item, memo, __codeact_names))
        return result
    if _atomic(x):
        return x
    if hasattr(x, "_codeact_enum"):
        return x
    if hasattr(x, "_codeact_values"):
        result = kind(*[deepcopy(v, memo, __codeact_names) for v in x._codeact_values])
        memo[key] = result
        return result
    hook = getattr(kind, "__deepcopy__", None)
    if hook is not None:
        result = hook(x, memo)
        memo[key] = result
        return result
    attributes = _own_attributes(x, __codeact_names, "copy.deepcopy")
    result = _made(x, kind, attributes, lambda value: deepcopy(value, memo, __codeact_names), memo)
    memo[key] = result
    return result
