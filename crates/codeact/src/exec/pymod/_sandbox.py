# What the sandbox itself needs in Python: `__name__` of functions, which
# monty 0.0.23 lacks, read from their repr, or from what functools.wraps
# recorded (monty functions cannot carry attributes). The rewrite of
# `x.__name__` reads it through `name_of`.
_wrapped = []

def name_of(obj):
    for wrapper, name in _wrapped:
        if wrapper is obj:
            return name
    if hasattr(obj, "__name__"):
        return obj.__name__
    text = repr(obj)
    if text.startswith("<function '") or text.startswith("<class '"):
        return text.split("'")[1]
    if text.startswith("<built-in function "):
        return text[:-1].split()[-1]
    return obj.__name__

def set_name(obj, name):
    """obj.__name__ = name, recorded for name_of (monty's functions take
    no attribute, and its classes keep their name)."""
    if type(name) is not str:
        raise TypeError("__name__ must be set to a string object")
    _wrapped.insert(0, (obj, name))

def register(wrapper, wrapped):
    _wrapped.insert(0, (wrapper, name_of(wrapped)))
    _wrapped_functions.insert(0, (wrapper, wrapped))

# `wrapper.__wrapped__`, which functools.wraps (and lru_cache) set in
# CPython: monty's functions take no attribute, so `register` records the
# pair and the rewrite of the read asks `wrapped_of`.
_wrapped_functions = []

def wrapped_of(obj):
    for wrapper, wrapped in _wrapped_functions:
        if wrapper is obj:
            return wrapped
    raise AttributeError("'" + name_of(type(obj)) + "' object has no attribute '__wrapped__'")

def has_wrapped(obj):
    for wrapper, _ in _wrapped_functions:
        if wrapper is obj:
            return True
    return False

# `__doc__` of functions, which monty does not keep: the rewrite of a
# module-level `def` records its docstring with `documented`, and
# `functools.wraps` the wrapped function's (unknown when it was not
# recorded, so the read falls to monty's attribute and its error).
_docs = []
_UNKNOWN = ["unknown"]

# No builtins here: `functools.wraps` runs these in blocks that may have
# rebound any of them.
def documented(doc):
    def record(function):
        _docs.insert(0, (function, doc))
        return function
    return record

def documented_after(decorator, doc):
    def apply(function):
        return decorator(documented(doc)(function))
    return apply

def register_doc(wrapper, wrapped):
    doc = _UNKNOWN
    for function, recorded in _docs:
        if function is wrapped:
            doc = recorded
            break
    _docs.insert(0, (wrapper, doc))

def set_doc(obj, doc):
    """obj.__doc__ = doc, recorded for doc_of (monty's functions take no
    attribute)."""
    _docs.insert(0, (obj, doc))

def doc_of(obj):
    for function, doc in _docs:
        if function is obj:
            if doc is _UNKNOWN:
                break
            return doc
    return obj.__doc__

# `int.bit_length`, which monty lacks: the digits of the binary repr
# (`bin` of a negative int starts with `-0b`, of zero is `0b0`).
def bit_length(n):
    if n == 0:
        return 0
    return len(bin(n).lstrip("-")) - 2

# `str.maketrans` and `str.translate`, which monty lacks, with CPython's
# checks in CPython's order (the second and third arguments' types first).
def maketrans(x, *rest):
    for i, arg in enumerate(rest):
        if not isinstance(arg, str):
            raise TypeError("maketrans() argument " + str(i + 2) + " must be str, not " + name_of(type(arg)))
    table = {}
    if not rest:
        if not isinstance(x, dict):
            raise TypeError("if you give only one argument to maketrans it must be a dict")
        for key, value in x.items():
            if isinstance(key, str):
                if len(key) != 1:
                    raise ValueError("string keys in translate table must be of length 1")
                table[ord(key)] = value
            elif isinstance(key, int):
                table[key] = value
            else:
                raise TypeError("keys in translate table must be strings or integers")
        return table
    if not isinstance(x, str):
        raise TypeError("first maketrans argument must be a string if there is a second argument")
    if len(x) != len(rest[0]):
        raise ValueError("the first two maketrans arguments must have equal length")
    for a, b in zip(x, rest[0]):
        table[ord(a)] = ord(b)
    if len(rest) > 1:
        for c in rest[1]:
            table[ord(c)] = None
    return table

def translate(text, table):
    out = []
    for c in text:
        if ord(c) not in table:
            out.append(c)
            continue
        value = table[ord(c)]
        if value is None:
            continue
        if isinstance(value, int):
            if value < 0 or value > 0x10FFFF:
                raise ValueError("character mapping must be in range(0x110000)")
            out.append(chr(int(value)))
        elif isinstance(value, str):
            out.append(value)
        else:
            raise TypeError("character mapping must return integer, None or str")
    return "".join(out)

# `re.subn`, which monty's `re` lacks, for monty's `re` module only.
def subn_of(module):
    if hasattr(module, "subn") or repr(module) != "<module 're'>":
        return module.subn
    def subn(pattern, repl, string, count=0, flags=0):
        result = module.sub(pattern, repl, string, count, flags)
        if count < 0:
            return (result, 0)
        replaced = len(list(module.finditer(pattern, string, flags)))
        if count:
            replaced = min(replaced, int(count))
        return (result, replaced)
    return subn

# `range.index`, which monty lacks: ints by arithmetic, anything else by
# equality along the range, with CPython's two messages (monty has no
# arithmetic on bools, hence `int`).
def range_index(r, value):
    if isinstance(value, int):
        if value not in r:
            raise ValueError(repr(value) + " is not in range")
        if len(r) == 1:
            return 0
        return (int(value) - r[0]) // (r[1] - r[0])
    for i, item in enumerate(r):
        if item == value:
            return i
    raise ValueError("sequence.index(x): x not in sequence")

# `math.fsum`, which monty's `math` lacks, for monty's `math` module only:
# Shewchuk's exact partials, rounded once at the end (half-even across
# partials), with CPython 3.11's handling of infinities, nan and overflow.
_INF = float("inf")

def fsum_of(module):
    if hasattr(module, "fsum") or repr(module) != "<module 'math'>":
        return module.fsum
    return fsum

def fsum(iterable):
    partials = []
    special = 0.0
    inf_sum = 0.0
    for item in iterable:
        if isinstance(item, float):
            x = item
        elif isinstance(item, int):
            x = float(item)
        else:
            raise TypeError("must be real number, not " + name_of(type(item)))
        given = x
        kept = []
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                kept.append(lo)
            x = hi
        partials = kept
        if x != 0.0:
            if x != x or abs(x) == _INF:
                if given == given and abs(given) != _INF:
                    raise OverflowError("intermediate overflow in fsum")
                if abs(given) == _INF:
                    inf_sum += given
                special += given
                partials = []
            else:
                partials.append(x)
    if special != 0.0:
        if inf_sum != inf_sum:
            raise ValueError("-inf + inf in fsum")
        return special
    n = len(partials)
    if n == 0:
        return 0.0
    n -= 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        x = hi
        n -= 1
        y = partials[n]
        hi = x + y
        lo = y - (hi - x)
        if lo != 0.0:
            break
    if n > 0 and (lo < 0.0 and partials[n - 1] < 0.0 or lo > 0.0 and partials[n - 1] > 0.0):
        y = lo * 2.0
        x = hi + y
        if y == x - hi:
            hi = x
    return hi

# `pow(base, exp, mod)` of ints with `exp < 0`, which monty refuses: the
# inverse of `base` modulo `|mod|` (extended Euclid) raised to `-exp`, the
# result taking the sign of `mod` as CPython's does.
def _inverse(a, m):
    x, last_x = 0, 1
    r, last_r = m, a % m
    while r:
        q = last_r // r
        last_r, r = r, last_r - q * r
        last_x, x = x, last_x - q * x
    if last_r != 1:
        raise ValueError("base is not invertible for the given modulus")
    return last_x % m

def pow_mod(base, exp, mod):
    base, exp, mod = int(base), int(exp), int(mod)
    if mod == 0:
        raise ValueError("pow() 3rd argument cannot be 0")
    m = -mod if mod < 0 else mod
    if m == 1:
        return 0
    result = pow(_inverse(base, m), -exp, m)
    if mod < 0 and result != 0:
        result -= m
    return result

# `math.factorial` past 20!, where monty's stops at its 64-bit ints.
def factorial_of(module):
    if hasattr(module, "factorial") and repr(module) == "<module 'math'>":
        native = module.factorial
        return lambda n: _factorial(n) if isinstance(n, int) and n > 20 else native(n)
    return module.factorial

# `math.comb` and `math.perm` past 64 bits: monty's for what it can, the
# products in Python where it overflows.
def comb_of(module):
    if hasattr(module, "comb") and repr(module) == "<module 'math'>":
        native = module.comb
        def comb(n, k):
            try:
                return native(n, k)
            except (OverflowError, TypeError):
                # (A TypeError for ints past 64 bits.)
                if not (isinstance(n, int) and isinstance(k, int)):
                    raise
                return _comb(n, k)
        return comb
    return module.comb

def _non_negative(n, k):
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")

def _comb(n, k):
    _non_negative(n, k)
    if k > n:
        return 0
    k = min(k, n - k)
    result = 1
    i = 1
    while i <= k:
        result = result * (n - k + i) // i
        i += 1
    return result

def perm_of(module):
    if hasattr(module, "perm") and repr(module) == "<module 'math'>":
        native = module.perm
        def perm(n, *k):
            try:
                return native(n, *k)
            except (OverflowError, TypeError):
                count = k[0] if k and k[0] is not None else n
                if len(k) > 1 or not (isinstance(n, int) and isinstance(count, int)):
                    raise
                return _perm(n, count)
        return perm
    return module.perm

def _perm(n, k):
    _non_negative(n, k)
    if k > n:
        return 0
    # (A while loop: monty's range stops at 64 bits.)
    result = 1
    factor = n - k + 1
    while factor <= n:
        result *= factor
        factor += 1
    return result

def _factorial(n):
    if n > 9223372036854775807:
        raise OverflowError("factorial() argument should not exceed 9223372036854775807")
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

# `math.isqrt` of ints past 64 bits, which monty's refuses: Newton's
# iteration on ints from a start at or above the root, which decreases
# to the floor of the root.
def isqrt_of(module):
    if hasattr(module, "isqrt") and repr(module) == "<module 'math'>":
        native = module.isqrt
        return lambda n: _isqrt(n) if isinstance(n, int) and (n > 9223372036854775807 or n < -9223372036854775807) else native(n)
    return module.isqrt

def _isqrt(n):
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    x = 1 << ((bit_length(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

# `math.hypot`, `math.prod` and `math.dist`, which monty 0.0.23's `math`
# lacks. `hypot` is correctly rounded (the exact sum of squares as an int,
# its square root rounded half to even), which is what CPython 3.11's
# gives; both were compared on 100,000 random inputs.
import math as _math

def math_of(module, name):
    if repr(module) == "<module 'math'>" and (name in _CPYTHON_VALUES or name == "gcd" or name == "lcm" or not hasattr(module, name)):
        return _MATH[name]
    return getattr(module, name)

def _exact_float(x):
    mantissa, exponent = _math.frexp(x)
    return int(mantissa * 9007199254740992), exponent - 53

def _sqrt_rounded(n, e):
    shift = _builtin_max(0, 112 - bit_length(n))
    shift += shift % 2
    n <<= shift
    e -= shift
    root = _isqrt(n)
    exact = root * root == n
    extra = bit_length(root) - 53
    if extra > 0:
        low = root & ((1 << extra) - 1)
        root >>= extra
        half = 1 << (extra - 1)
        if low > half or (low == half and (not exact or root & 1)):
            root += 1
        e = e // 2 + extra
    else:
        e = e // 2
    return _math.ldexp(float(root), e)

def _real(value):
    if isinstance(value, int) or isinstance(value, float):
        return float(value)
    raise TypeError("must be real number, not " + name_of(type(value)))

def _hypot_of(values):
    infinite = False
    nan = False
    for value in values:
        infinite = infinite or _math.isinf(value)
        nan = nan or _math.isnan(value)
    if infinite:
        return _math.inf
    if nan:
        return _math.nan
    parts = [_exact_float(value) for value in values if value != 0.0]
    if not parts:
        return 0.0
    low = _builtin_min([e for _, e in parts])
    low -= low % 2
    total = 0
    for n, e in parts:
        total += (n * n) << (2 * (e - low))
    return _sqrt_rounded(total, 2 * low)

def hypot(*coordinates):
    return _hypot_of([_builtin_abs(_real(c)) for c in coordinates])

def dist(p, q):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError("both points must have the same number of dimensions")
    return _hypot_of([_builtin_abs(_real(a) - _real(b)) for a, b in zip(p, q)])

def prod(iterable, *, start=1):
    result = start
    for value in iterable:
        result = result * value
    return result

# The functions whose values monty computes differently from CPython (the
# C library's for most, CPython's own gamma and lgamma): monty's own checks
# the argument, raising CPython's errors for its type and domain, and the
# host gives the value (see exec/math_values.rs).
def _cpython_value(name):
    native = getattr(_math, name)
    def function(x):
        own = native(x)
        try:
            value = __codeact_host_math(name, float(x))
        except NotImplementedError:
            # Inside code the interpreter calls by itself (a special
            # method, a key function), which cannot reach the host.
            return own
        if value is None:
            return own
        if (value == _INFINITY or value == -_INFINITY) and _math.isfinite(x):
            raise OverflowError("math range error")
        return value
    return function

# math.gcd and math.lcm of ints past 64 bits, which monty's refuse.
def _integer(value):
    if type(value) is int or type(value) is bool:
        return int(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def gcd(*integers):
    try:
        return _math.gcd(*integers)
    except TypeError:
        pass
    result = 0
    for n in integers:
        a, b = _builtin_abs(result), _builtin_abs(_integer(n))
        while b:
            a, b = b, a % b
        result = a
    return result


def lcm(*integers):
    try:
        return _math.lcm(*integers)
    except TypeError:
        pass
    result = 1
    for n in integers:
        n = _builtin_abs(_integer(n))
        if result == 0 or n == 0:
            result = 0
        else:
            result = result // gcd(result, n) * n
    return result


_INFINITY = float("inf")
_CPYTHON_VALUES = ("cbrt", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma")
_MATH = {"hypot": hypot, "dist": dist, "prod": prod, "gcd": gcd, "lcm": lcm}
for _name in _CPYTHON_VALUES:
    _MATH[_name] = _cpython_value(_name)

# `re.sub` and `Pattern.sub` with a function as the replacement, which
# monty's `re` refuses: the text between the matches of `finditer` (whose
# matches are the ones `sub` replaces, empty ones included) and what the
# function returns for each. A string replacement goes to monty's own.
def _sub_with_function(matches, repl, string, count):
    # As CPython's _sre: the pieces are joined after every call, a None
    # replacement adds nothing, and a piece that is not a str fails the
    # join, numbered among the pieces.
    pieces = []
    last = 0
    done = 0
    for match in matches:
        if count and done >= count:
            break
        if match.start() > last:
            pieces.append(string[last:match.start()])
        replacement = repl(match)
        if replacement is not None:
            pieces.append(replacement)
        last = match.end()
        done += 1
    if last < len(string):
        pieces.append(string[last:])
    for index, piece in enumerate(pieces):
        if not isinstance(piece, str):
            raise TypeError(f"sequence item {index}: expected str instance, {name_of(type(piece))} found")
    return "".join(pieces)

def sub_of(module):
    if repr(module) != "<module 're'>":
        return module.sub
    def sub(pattern, repl, string, count=0, flags=0):
        if isinstance(repl, str) or isinstance(repl, bytes) or not isinstance(string, str):
            return module.sub(pattern, repl, string, count, flags)
        return _sub_with_function(module.finditer(pattern, string, flags), repl, string, count)
    return sub

def pattern_sub(pattern, *args, **kwargs):
    if repr(type(pattern)) == "<class 're.Pattern'>" and len(args) >= 2 and not kwargs:
        repl = args[0]
        string = args[1]
        count = args[2] if len(args) > 2 else 0
        if len(args) <= 3 and isinstance(string, str) and not isinstance(repl, str) and not isinstance(repl, bytes):
            return _sub_with_function(pattern.finditer(string), repl, string, count)
    return pattern.sub(*args, **kwargs)

# Methods of `datetime`'s types that monty 0.0.23 lacks, for its own types
# only (anything else calls its own method as written). Time zones are
# monty's fixed offsets; the sandbox's local time zone is UTC.
import datetime as _dt

def formatted_date(value, spec):
    """f"{value:spec}" with a spec monty's strftime refuses or writes
    otherwise (%z, %Z, %f): the strftime bridge for monty's date, datetime
    and time objects, the _format module for anything else."""
    kind = type(value)
    if kind is _dt.datetime or kind is _dt.date or kind is _dt.time:
        return method(value, "strftime")(spec)
    return __codeact_mod__format.formatted(value, spec)


def method(obj, name):
    kind = type(obj)
    if kind is _dt.datetime:
        bridge = _DATETIME_METHODS.get(name)
    elif kind is _dt.date:
        bridge = _DATE_METHODS.get(name)
    elif kind is _dt.time:
        bridge = _TIME_METHODS.get(name)
    elif kind is float:
        bridge = _FLOAT_METHODS.get(name)
    elif obj is _dt.date or obj is _dt.datetime:
        bridge = _CLASS_METHODS.get(name)
    else:
        bridge = None
    if bridge is None:
        return getattr(obj, name)
    return lambda *args, **kwargs: bridge(obj, *args, **kwargs)

def _offset(tz):
    return _dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc) - _dt.datetime(2000, 1, 1, tzinfo=tz)

# `d` with `tz` as its tzinfo, built anew: monty 0.0.23's replace(tzinfo=tz)
# does not keep `tz` alive, and the interpreter crashes on the datetime
# once a timezone made for the call is freed.
def _with_tz(d, tz):
    return _dt.datetime(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, tzinfo=tz)

def _replace(d, *args, **kwargs):
    if args or "tzinfo" not in kwargs:
        return d.replace(*args, **kwargs)
    tz = kwargs.pop("tzinfo")
    moment = d.replace(**kwargs) if kwargs else d
    if tz is None:
        return moment.replace(tzinfo=None)
    return _with_tz(moment, tz)

def _toordinal(d):
    return (_dt.date(d.year, d.month, d.day) - _dt.date(1, 1, 1)).days + 1

def _utcoffset(d):
    if d.tzinfo is None:
        return None
    return _offset(d.tzinfo)

def _astimezone(d, tz=None):
    if tz is None:
        return d.astimezone()
    if not isinstance(tz, _dt.timezone):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type " + name_of(type(tz)))
    naive = d.replace(tzinfo=None)
    if d.tzinfo is not None:
        naive = naive - _offset(d.tzinfo)
    return _with_tz(naive + _offset(tz), tz)

def _two(n):
    return ("0" + str(n)) if n < 10 else str(n)

def _clock(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return _two(hour)
    if timespec == "minutes":
        return _two(hour) + ":" + _two(minute)
    text = _two(hour) + ":" + _two(minute) + ":" + _two(second)
    if timespec == "seconds":
        return text
    if timespec == "milliseconds":
        return text + "." + str(microsecond // 1000).rjust(3, "0")
    if timespec == "microseconds":
        return text + "." + str(microsecond).rjust(6, "0")
    raise ValueError("Unknown timespec value")

def _offset_text(offset):
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    seconds = offset.seconds
    text = sign + _two(seconds // 3600) + ":" + _two(seconds // 60 % 60)
    if seconds % 60 or offset.microseconds:
        text += ":" + _two(seconds % 60)
    if offset.microseconds:
        text += "." + str(offset.microseconds).rjust(6, "0")
    return text

def _isoformat(d, sep="T", timespec="auto"):
    if not isinstance(sep, str) or len(sep) != 1:
        raise TypeError("isoformat() argument 1 must be a unicode character, not " + name_of(type(sep)))
    day = str(d.year).rjust(4, "0") + "-" + _two(d.month) + "-" + _two(d.day)
    return day + sep + _clock(d.hour, d.minute, d.second, d.microsecond, timespec) + _offset_text(_utcoffset(d))

def _time_isoformat(t, timespec="auto"):
    return _clock(t.hour, t.minute, t.second, t.microsecond, timespec) + _offset_text(None if t.tzinfo is None else _offset(t.tzinfo))

def _fromordinal(cls, n):
    if not isinstance(n, int):
        raise TypeError("'" + name_of(type(n)) + "' object cannot be interpreted as an integer")
    if n < 1 or n > 3652059:
        raise ValueError("ordinal must be in 1..3652059")
    if cls is _dt.date:
        return _dt.date(1, 1, 1) + _dt.timedelta(days=n - 1)
    return _dt.datetime(1, 1, 1) + _dt.timedelta(days=n - 1)

def _combine(cls, date, time, tzinfo=True):
    if cls is not _dt.datetime:
        return cls.combine(date, time)
    if type(date) is not _dt.date and type(date) is not _dt.datetime:
        raise TypeError("combine() argument 1 must be datetime.date, not " + name_of(type(date)))
    if type(time) is not _dt.time:
        raise TypeError("combine() argument 2 must be datetime.time, not " + name_of(type(time)))
    if tzinfo is True:
        tzinfo = time.tzinfo
    return _dt.datetime(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo=tzinfo)

def _fromtimestamp(cls, t, tz=None):
    if isinstance(t, bool) or not (isinstance(t, int) or isinstance(t, float)):
        raise TypeError("'" + name_of(type(t)) + "' object cannot be interpreted as an integer")
    if isinstance(t, float):
        if _math.isnan(t) or _math.isinf(t):
            raise ValueError("Invalid value NaN (not a number)" if _math.isnan(t) else "cannot convert float infinity to integer")
        fraction, whole = _math.modf(t)
        micro = _builtin_round(fraction * 1000000.0)
        whole = int(whole)
        if micro >= 1000000:
            whole += 1
            micro -= 1000000
        elif micro < 0:
            whole -= 1
            micro += 1000000
    else:
        whole = t
        micro = 0
    moment = _dt.datetime(1970, 1, 1) + _dt.timedelta(seconds=whole, microseconds=micro)
    if cls is _dt.date:
        return _dt.date(moment.year, moment.month, moment.day)
    if tz is None:
        return moment
    return _astimezone(_with_tz(moment, _dt.timezone.utc), tz)

# monty's `%f` writes nanoseconds (nine digits): CPython's six are put in
# before the native strftime sees the format.
def _strftime(d, format):
    if not isinstance(format, str) or ("%f" not in format and "%z" not in format and "%Z" not in format):
        return d.strftime(format)
    micro = "000000" if type(d) is _dt.date else str(d.microsecond).rjust(6, "0")
    aware = type(d) is not _dt.date and d.tzinfo is not None
    out = []
    i = 0
    while i < len(format):
        if format[i] == "%" and i + 1 < len(format):
            pair = format[i:i + 2]
            if pair == "%f":
                out.append(micro)
            elif pair == "%z":
                out.append(_offset_z(_offset(d.tzinfo)) if aware else "")
            elif pair == "%Z":
                out.append(str(d.tzinfo).replace("%", "%%") if aware else "")
            else:
                out.append(pair)
            i += 2
        else:
            out.append(format[i])
            i += 1
    return d.strftime("".join(out))

# strftime's %z: +HHMM, then SS and .ffffff when the offset has them.
def _offset_z(offset):
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    seconds = offset.seconds
    text = sign + _two(seconds // 3600) + _two(seconds // 60 % 60)
    if seconds % 60 or offset.microseconds:
        text += _two(seconds % 60)
    if offset.microseconds:
        text += "." + str(offset.microseconds).rjust(6, "0")
    return text

def _tzname(d):
    if d.tzinfo is None:
        return None
    return str(d.tzinfo)

def _is_integer(x):
    return not (_math.isinf(x) or _math.isnan(x)) and x == _math.floor(x)

def _as_integer_ratio(x):
    if _math.isinf(x):
        raise OverflowError("cannot convert Infinity to integer ratio")
    if _math.isnan(x):
        raise ValueError("cannot convert NaN to integer ratio")
    numerator, exponent = _exact_float(_builtin_abs(x))
    if x < 0:
        numerator = -numerator
    if exponent >= 0:
        return (numerator << exponent, 1)
    denominator = 1 << -exponent
    divisor = _math.gcd(numerator, denominator)
    return (numerator // divisor, denominator // divisor)

_FLOAT_METHODS = {"is_integer": _is_integer, "as_integer_ratio": _as_integer_ratio}

# `date.isocalendar` and `date.fromisocalendar` (CPython's arithmetic);
# the result is a tuple in CPython, here an object that unpacks, compares,
# hashes and prints like it (indexing it is refused).
class IsoCalendarDate:
    def __init__(self, year, week, weekday):
        self.year = year
        self.week = week
        self.weekday = weekday

    def __iter__(self):
        return iter((self.year, self.week, self.weekday))

    def __eq__(self, other):
        mine = (self.year, self.week, self.weekday)
        if type(other) is IsoCalendarDate:
            return mine == (other.year, other.week, other.weekday)
        return mine == other

    def __hash__(self):
        return hash((self.year, self.week, self.weekday))

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self.year}, week={self.week}, weekday={self.weekday})"

def _iso_week1_monday(year):
    first = _toordinal(_dt.date(year, 1, 1))
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday

def _isocalendar(d):
    year = d.year
    monday = _iso_week1_monday(year)
    today = _toordinal(d)
    week, day = divmod(today - monday, 7)
    if week < 0:
        year -= 1
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
    elif week >= 52 and today >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return IsoCalendarDate(year, week + 1, day + 1)

def _fromisocalendar(cls, year, week, day):
    if year < 1 or year > 9999:
        raise ValueError(f"Year is out of range: {year}")
    if week <= 0 or week >= 53:
        long_year = False
        if week == 53:
            first_weekday = _toordinal(_dt.date(year, 1, 1)) % 7
            long_year = first_weekday == 4 or (first_weekday == 3 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        if not long_year:
            raise ValueError(f"Invalid week: {week}")
    if day <= 0 or day > 7:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _fromordinal(cls, ordinal)

_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def ctime_text(weekday, year, month, day, hour, minute, second):
    """C's asctime format, as date.ctime() and time.asctime() write it."""
    return f"{_WEEKDAY_NAMES[weekday]} {_MONTH_NAMES[month - 1]} {day:2d} {hour:02d}:{minute:02d}:{second:02d} {year}"


def _ctime(d):
    if type(d) is _dt.date:
        return ctime_text(d.weekday(), d.year, d.month, d.day, 0, 0, 0)
    return ctime_text(d.weekday(), d.year, d.month, d.day, d.hour, d.minute, d.second)


_DATE_METHODS = {
    "ctime": _ctime,
    "isocalendar": _isocalendar,
    "toordinal": _toordinal,
    "strftime": _strftime,
    "fromordinal": lambda d, n: _fromordinal(_dt.date, n),
}
_DATETIME_METHODS = {
    "ctime": _ctime,
    "replace": _replace,
    "isocalendar": _isocalendar,
    "strftime": _strftime,
    "tzname": _tzname,
    "fromordinal": lambda d, n: _fromordinal(_dt.datetime, n),
    "toordinal": _toordinal,
    "utcoffset": _utcoffset,
    "astimezone": _astimezone,
    "isoformat": _isoformat,
}
_TIME_METHODS = {"isoformat": _time_isoformat, "strftime": _strftime}
_CLASS_METHODS = {
    "fromisocalendar": _fromisocalendar,
    "fromordinal": _fromordinal,
    "combine": _combine,
    "fromtimestamp": _fromtimestamp,
}

# `asyncio.sleep`, which monty's `asyncio` lacks: a coroutine awaiting a
# host function whose call is a future the host resolves after the delay.
def asyncio_of(module, name):
    if repr(module) == "<module 'asyncio'>" and not hasattr(module, name):
        return _asyncio_sleep
    return getattr(module, name)

async def _asyncio_sleep(delay, result=None):
    await __codeact_host_asleep(delay)
    return result

# `callable`, which monty lacks: by the value's type, and for an instance
# of a class of the code's own, whether the class defines `__call__`.
_CALLABLE_TYPES = ("<class 'function'>", "<class 'builtin_function_or_method'>", "<class 'type'>", "<class 'functools.partial'>", "<class 'method'>", "<class 'builtin_method'>")

def callable(obj):
    if repr(type(obj)) in _CALLABLE_TYPES:
        return True
    return hasattr(obj, "__call__")

# `ascii`, which monty lacks: `repr` with what is not ASCII escaped.
def ascii(obj):
    out = []
    for c in repr(obj):
        code = ord(c)
        if code < 128:
            out.append(c)
        elif code < 256:
            out.append("\\x" + hex(code)[2:].rjust(2, "0"))
        elif code < 65536:
            out.append("\\u" + hex(code)[2:].rjust(4, "0"))
        else:
            out.append("\\U" + hex(code)[2:].rjust(8, "0"))
    return "".join(out)


# Class attributes of `datetime`'s types monty lacks (`date.min`,
# `timedelta.max`, `datetime.resolution`); anything else as written.
def class_attr(obj, name):
    if obj is _dt.date:
        values = {"min": _dt.date(1, 1, 1), "max": _dt.date(9999, 12, 31), "resolution": _dt.timedelta(days=1)}
    elif obj is _dt.datetime:
        values = {"min": _dt.datetime(1, 1, 1), "max": _dt.datetime(9999, 12, 31, 23, 59, 59, 999999), "resolution": _dt.timedelta(microseconds=1)}
    elif obj is _dt.timedelta:
        values = {"min": _dt.timedelta(days=-999999999), "max": _dt.timedelta(days=999999999, seconds=86399, microseconds=999999), "resolution": _dt.timedelta(microseconds=1)}
    elif obj is _dt.time:
        values = {"min": _dt.time(0, 0), "max": _dt.time(23, 59, 59, 999999), "resolution": _dt.timedelta(microseconds=1)}
    else:
        values = {}
    if name in values:
        return values[name]
    return getattr(obj, name)

# `date.timetuple()` and `datetime.timetuple()`, as the sandbox's
# `time.struct_time` (passed in: the rewrite names the module, so that the
# session loads it).
def timetuple_of(obj, time_module):
    kind = type(obj)
    if kind is not _dt.date and kind is not _dt.datetime:
        return obj.timetuple
    def timetuple():
        day_of_year = _toordinal(obj) - _toordinal(_dt.date(obj.year, 1, 1)) + 1
        if kind is _dt.date:
            clock = (0, 0, 0)
        else:
            clock = (obj.hour, obj.minute, obj.second)
        return time_module.struct_time((obj.year, obj.month, obj.day) + clock + (obj.weekday(), day_of_year, -1))
    return timetuple

# `s.center(width, fill)`: monty puts the odd fill character on the right,
# CPython on the left when the width is odd as well.
def center_of(text):
    def center(*args):
        result = text.center(*args)
        margin = len(result) - len(text)
        if margin % 2 == 1 and args[0] % 2 == 1:
            fill = args[1] if len(args) > 1 else " "
            return fill + result[:-1]
        return result
    return center

# The numeric tower's attributes on int and float, which monty lacks.
def number_attribute(x, name):
    is_float = type(x) is float
    if name == "real":
        return x if is_float else int(x)
    if name == "imag":
        return 0.0 if is_float else 0
    if is_float:
        raise AttributeError("'float' object has no attribute '" + name + "'")
    return int(x) if name == "numerator" else 1


def bit_count(n):
    return bin(n).count("1")

# `del items[a:b:c]` and `items[a:b:c] = values` on lists, which monty
# lacks; the list is changed in place, as CPython does.
def _slice_owner(x, action):
    if type(x) is dict:
        raise TypeError("unhashable type: 'slice'")
    if type(x) is not list:
        raise TypeError("'" + type(x).__name__ + "' object " + action)


# A bound of a slice with step 1, as CPython clamps it to a list of n.
def _slice_bound(value, default, n):
    if value is None:
        return default
    if value < 0:
        return max(value + n, 0)
    return min(value, n)


def _special(x, name):
    # A special method the `_classes` module keeps for x's class (the
    # code's classes, the sandbox modules' bytearray), when it is loaded.
    try:
        return __codeact_mod__classes.special_method(x, name)
    except NameError:
        return None


def del_slice(x, lower, upper, step):
    special = _special(x, "__delitem__")
    if special is not None:
        return special(x, slice(lower, upper, step))
    _slice_owner(x, "does not support item deletion")
    dropped = range(len(x))[lower:upper:step]
    kept = [v for i, v in enumerate(x) if i not in dropped]
    x.clear()
    x.extend(kept)


def set_slice(x, lower, upper, step, values):
    special = _special(x, "__setitem__")
    if special is not None:
        return special(x, slice(lower, upper, step), values)
    _slice_owner(x, "does not support item assignment")
    try:
        values = list(values)
    except TypeError:
        raise TypeError("must assign iterable to extended slice" if step is not None and step != 1 else "can only assign an iterable")
    positions = range(len(x))[lower:upper:step]
    if step is None or step == 1:
        start = _slice_bound(lower, 0, len(x))
        stop = max(_slice_bound(upper, len(x), len(x)), start)
        changed = x[:start] + values + x[stop:]
    else:
        if len(values) != len(positions):
            raise ValueError("attempt to assign sequence of size " + str(len(values)) + " to extended slice of size " + str(len(positions)))
        changed = list(x)
        for i, v in zip(positions, values):
            changed[i] = v
    x.clear()
    x.extend(changed)


# `object()`, which monty 0.0.23 refuses ("cannot create 'object'
# instances"): a sentinel of a class of its own, named `object` as CPython's
# instances' class is (the class is made in a function so that the name
# stays out of this module's).
def _object_class():
    class object:
        def __repr__(self):
            return "<object object at " + hex(id(self)) + ">"
    return object


_OBJECT = _object_class()


def new_object():
    return _OBJECT()


# bytes(iterable of ints), int.from_bytes and int.to_bytes, which monty
# 0.0.23 lacks (its bytes() takes a length, a str with an encoding, or
# bytes): built through bytes.fromhex, which it has.
_NO_ARGUMENT = []


def _byte_values(values):
    out = []
    for value in values:
        if type(value) is not int and type(value) is not bool:
            raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")
        if value < 0 or value > 255:
            raise ValueError("bytes must be in range(0, 256)")
        out.append(int(value))
    return out


def _from_values(values):
    return bytes.fromhex("".join([f"{value:02x}" for value in values]))


def bytes_of(source=_NO_ARGUMENT, *args, **kwargs):
    if source is _NO_ARGUMENT:
        return bytes()
    kind = type(source)
    if args or kwargs or kind is int or kind is str or kind is bytes:
        return bytes(source, *args, **kwargs)
    return _from_values(_byte_values(source))


def _byteorder(byteorder):
    if byteorder != "big" and byteorder != "little":
        raise ValueError("byteorder must be either 'little' or 'big'")


def int_from_bytes(data, byteorder="big", *, signed=False):
    _byteorder(byteorder)
    values = list(data) if type(data) is bytes else _byte_values(data)
    if byteorder == "little":
        values.reverse()
    result = 0
    for value in values:
        result = result * 256 + value
    if signed and values and values[0] >= 128:
        result -= 1 << (8 * len(values))
    return result


def to_bytes(value, length=1, byteorder="big", *, signed=False):
    if type(value) is not int and type(value) is not bool:
        return value.to_bytes(length, byteorder, signed=signed)
    _byteorder(byteorder)
    value = int(value)
    if value < 0 and not signed:
        raise OverflowError("can't convert negative int to unsigned")
    limit = 1 << (8 * length)
    if signed:
        if value < -(limit // 2) or value >= limit // 2:
            raise OverflowError("int too big to convert")
        if value < 0:
            value += limit
    elif value >= limit:
        raise OverflowError("int too big to convert")
    values = []
    for _ in range(length):
        values.append(value % 256)
        value //= 256
    if byteorder == "big":
        values.reverse()
    return _from_values(values)


def register_operators(owner, methods, registered):
    """Gives the `_classes` module the special methods of a sandbox
    module's class (`methods`: (name, function) pairs), which monty does not
    dispatch for it; `registered`, a list, records that it was done. The
    classes module is loaded in sessions whose code names the class (see
    rewrite/mod.rs's MODULE_OPERATORS); elsewhere nothing is registered,
    and the next object of the class tries again."""
    if registered:
        return
    try:
        classes = __codeact_mod__classes
    except NameError:
        return
    for name, function in methods:
        classes.method(owner, name, function)
    registered.append(True)


# Attributes monty's types lack, read as `attribute(obj, "name")` (see
# rewrite/value_attributes.rs); any other object's attribute as it is.
import re as _re

_PATTERN = type(_re.compile(""))


def pattern_groups(pattern):
    """The capturing groups of a compiled pattern's text, numbered as re
    numbers them (each "(" not escaped, outside a character class, that is
    not an extension "(?..." other than a named group "(?P<name>"): their
    count and the names' numbers."""
    text = pattern.pattern
    if type(text) is not str:
        text = "".join([chr(byte) for byte in text])
    names = {}
    number = 0
    i = 0
    in_class = False
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if text[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            if text[i + 1:i + 2] != "?":
                number += 1
            elif text[i + 2:i + 4] == "P<":
                number += 1
                end = text.index(">", i + 4)
                names[text[i + 4:end]] = number
        i += 1
    return number, names


def _slice_indices(s):
    def indices(length):
        length = _index_of(length)
        if length < 0:
            raise ValueError("length should not be negative")
        step = 1 if s.step is None else _index_of(s.step)
        if step == 0:
            raise ValueError("slice step cannot be zero")
        lower, upper = (-1, length - 1) if step < 0 else (0, length)
        def bound(value, default):
            if value is None:
                return default
            value = _index_of(value)
            if value < 0:
                value += length
                return lower if value < lower else value
            return upper if value > upper else value
        return (bound(s.start, upper if step < 0 else lower), bound(s.stop, lower if step < 0 else upper), step)
    return indices


def _index_of(value):
    if type(value) is int or type(value) is bool:
        return int(value)
    raise TypeError("slice indices must be integers or None or have an __index__ method")


def attribute(obj, name):
    if type(obj) is _PATTERN:
        if name == "groupindex":
            return pattern_groups(obj)[1]
        if name == "groups":
            return pattern_groups(obj)[0]
        if name == "flags":
            # A str pattern is re.UNICODE unless re.ASCII says otherwise.
            flags = obj.flags
            if type(obj.pattern) is str and not flags & 256:
                flags |= 32
            return flags
    if name == "indices" and type(obj) is slice:
        return _slice_indices(obj)
    if name == "parents" and hasattr(obj, "_codeact_parents"):
        return obj._codeact_parents()
    return getattr(obj, name)


# vars(x) and x.__dict__ (see rewrite/instance_dict.rs): a new dict of the
# object's instance attributes, in the order they were first set, which
# the host reads off the object; the sandbox's own bookkeeping attributes
# left out, and a cached_property's value under the property's name.
_CACHED = "_codeact_cached_"


def vars_(*args):
    if not args:
        raise NotImplementedError("vars() without an argument (the local names) is not available in the sandbox; name the variables you need")
    if len(args) > 1:
        raise TypeError(f"vars expected at most 1 argument, got {len(args)}")
    obj = args[0]
    try:
        names = __codeact_host_attributes(obj)
    except NotImplementedError:
        raise NotImplementedError("vars(x) and x.__dict__ are not available in the sandbox inside special methods (__repr__, __eq__...) and key= functions, which the interpreter calls by itself; read the attributes by name there (self.x), or call vars() in a plain statement") from None
    if names is None:
        raise TypeError("vars() argument must have __dict__ attribute")
    result = {}
    for name in names:
        if name.startswith(_CACHED):
            result[name[len(_CACHED):]] = getattr(obj, name)
        elif not name.startswith("_codeact") and not name.startswith("__codeact"):
            result[name] = getattr(obj, name)
    return result


def update_attributes(obj, *args, **kwargs):
    """x.__dict__.update(...): each key set as an attribute."""
    values = dict(*args, **kwargs)
    for name in values:
        setattr(obj, name, values[name])


# The latin-1 codec (see rewrite/latin1.rs): a byte per code point below
# 256, with CPython's errors and the strict, ignore, replace and
# backslashreplace handlers.
def encode_latin1(text, encoding="latin-1", errors="strict"):
    if type(text) is not str:
        return text.encode(encoding, errors)
    values = []
    for position, c in enumerate(text):
        code = ord(c)
        if code < 256:
            values.append(code)
        elif errors == "ignore":
            continue
        elif errors == "replace":
            values.append(63)
        elif errors == "backslashreplace":
            escape = f"\\x{code:02x}" if code < 256 else (f"\\u{code:04x}" if code < 65536 else f"\\U{code:08x}")
            values.extend([ord(e) for e in escape])
        elif errors == "strict":
            end = position + 1
            while end < len(text) and ord(text[end]) >= 256:
                end += 1
            if end - position > 1:
                raise UnicodeEncodeError(f"'latin-1' codec can't encode characters in position {position}-{end - 1}: ordinal not in range(256)")
            raise UnicodeEncodeError(f"'latin-1' codec can't encode character '\\u{code:04x}' in position {position}: ordinal not in range(256)" if code < 65536 else f"'latin-1' codec can't encode character '\\U{code:08x}' in position {position}: ordinal not in range(256)")
        else:
            raise LookupError(f"unknown error handler name '{errors}'")
    return _from_values(values)


def decode_latin1(data, encoding="latin-1", errors="strict"):
    if type(data) is not bytes:
        return data.decode(encoding, errors)
    return "".join([chr(value) for value in data])
