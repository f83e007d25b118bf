# `a < b` as CPython's bisect asks it: monty's own `<` does not call the
# __lt__ of the code's classes, which the sandbox's classes module does
# (loaded whenever a class of the code defines one).
def _lt(a, b):
    try:
        return a < b
    except TypeError as error:
        try:
            classes = __codeact_mod__classes
        except NameError:
            raise error
        return classes.lt(a, b)

def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    return lo, hi

def bisect_right(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if _lt(x, probe):
            hi = mid
        else:
            lo = mid + 1
    return lo

def bisect_left(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if _lt(probe, x):
            lo = mid + 1
        else:
            hi = mid
    return lo

def insort_right(a, x, lo=0, hi=None, *, key=None):
    probe = x if key is None else key(x)
    a.insert(bisect_right(a, probe, lo, hi, key=key), x)

def insort_left(a, x, lo=0, hi=None, *, key=None):
    probe = x if key is None else key(x)
    a.insert(bisect_left(a, probe, lo, hi, key=key), x)

bisect = bisect_right
insort = insort_right
