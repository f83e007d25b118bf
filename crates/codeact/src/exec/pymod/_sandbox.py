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

def register(wrapper, wrapped):
    _wrapped.insert(0, (wrapper, name_of(wrapped)))

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

def register_doc(wrapper, wrapped):
    doc = _UNKNOWN
    for function, recorded in _docs:
        if function is wrapped:
            doc = recorded
            break
    _docs.insert(0, (wrapper, doc))

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
