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

# `int.bit_length`, which monty lacks: the digits of the binary repr
# (`bin` of a negative int starts with `-0b`, of zero is `0b0`).
def bit_length(n):
    if n == 0:
        return 0
    return len(bin(n).lstrip("-")) - 2
