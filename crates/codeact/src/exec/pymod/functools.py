import functools as _native

reduce = _native.reduce
partial = _native.partial

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    if "__name__" in assigned:
        __codeact_mod__sandbox.register(wrapper, wrapped)
    if "__doc__" in assigned:
        __codeact_mod__sandbox.register_doc(wrapper, wrapped)
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate

class _Missing:
    pass

def _make_key(args, kwargs):
    if not kwargs:
        return args
    key = list(args)
    key.append(_KWD_MARK)
    for item in kwargs.items():
        key.append(item)
    return tuple(key)

_KWD_MARK = _Missing()

class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return f"CacheInfo(hits={self.hits}, misses={self.misses}, maxsize={self.maxsize}, currsize={self.currsize})"

    def __eq__(self, other):
        return type(other) is _CacheInfo and (self.hits, self.misses, self.maxsize, self.currsize) == (other.hits, other.misses, other.maxsize, other.currsize)

# cache_info and cache_clear are attributes of the wrapper function, kept
# by the _classes module (monty's functions cannot hold attributes); the
# rewrite routes `f.cache_info` through it (see rewrite/class_members.rs).
def _memoise(function, maxsize):
    cache = {}
    missing = _Missing()
    counts = [0, 0]
    def cache_info():
        return _CacheInfo(counts[0], counts[1], maxsize, len(cache))
    def cache_clear():
        cache.clear()
        counts[0] = 0
        counts[1] = 0
    def wrapper(*args, **kwargs):
        key = _make_key(args, kwargs)
        value = cache.get(key, missing)
        if value is not missing:
            counts[0] += 1
            if maxsize is not None:
                cache.pop(key)
                cache[key] = value
            return value
        counts[1] += 1
        value = function(*args, **kwargs)
        if maxsize is not None and maxsize <= 0:
            return value
        if key in cache:
            return cache[key]
        cache[key] = value
        if maxsize is not None and len(cache) > maxsize:
            oldest = next(iter(cache))
            cache.pop(oldest)
        return value
    # CPython's cache is update_wrapper'd: the function's name and doc.
    __codeact_mod__sandbox.register(wrapper, function)
    __codeact_mod__sandbox.register_doc(wrapper, function)
    __codeact_mod__classes.set_(wrapper, "cache_info", cache_info)
    __codeact_mod__classes.set_(wrapper, "cache_clear", cache_clear)
    return wrapper

def lru_cache(maxsize=128, typed=False):
    if typed:
        raise NotImplementedError("functools.lru_cache(typed=True) is not available in the sandbox")
    if maxsize is not None and type(maxsize) is not int and type(maxsize) is not bool:
        if type(maxsize).__name__ not in ("function", "builtin_function_or_method", "type"):
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        return _memoise(maxsize, 128)
    if maxsize is not None and maxsize < 0:
        maxsize = 0
    def decorating_function(function):
        return _memoise(function, maxsize)
    return decorating_function

def cache(user_function):
    return _memoise(user_function, None)

# The key class's comparisons are registered with the _classes module,
# through which sorted, min, max and .sort compare in a block that uses
# cmp_to_key (see rewrite/class_members.rs).
def cmp_to_key(mycmp):
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

    for name in ("__lt__", "__gt__", "__le__", "__ge__"):
        __codeact_mod__classes.method(K, name, getattr(K, name))
    return K


# total_ordering: the missing comparisons from the one the class defines,
# as CPython derives them; registered with the _classes module, through
# which a block that uses total_ordering compares (see
# rewrite/class_members.rs). The root is CPython's: the greatest name.
def _has_method(cls, name):
    return getattr(cls, name, None) is not None

def total_ordering(cls):
    roots = [name for name in ("__lt__", "__le__", "__gt__", "__ge__") if _has_method(cls, name)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    f = getattr(cls, root)
    if root == "__lt__":
        derived = {"__gt__": lambda a, b: (not f(a, b)) and a != b, "__le__": lambda a, b: f(a, b) or a == b, "__ge__": lambda a, b: not f(a, b)}
    elif root == "__le__":
        derived = {"__ge__": lambda a, b: (not f(a, b)) or a == b, "__lt__": lambda a, b: f(a, b) and a != b, "__gt__": lambda a, b: not f(a, b)}
    elif root == "__gt__":
        derived = {"__lt__": lambda a, b: (not f(a, b)) and a != b, "__ge__": lambda a, b: f(a, b) or a == b, "__le__": lambda a, b: not f(a, b)}
    else:
        derived = {"__le__": lambda a, b: (not f(a, b)) or a == b, "__gt__": lambda a, b: f(a, b) and a != b, "__lt__": lambda a, b: not f(a, b)}
    __codeact_mod__classes.method(cls, root, f)
    for name in derived:
        if name not in roots:
            setattr(cls, name, derived[name])
            __codeact_mod__classes.method(cls, name, derived[name])
    return cls


# `@cached_property` on a method is applied by the sandbox's rewrite of the
# class (see rewrite/class_members.rs); this name only lets it be imported.
def cached_property(function):
    raise NotImplementedError("cached_property works in the sandbox only as the one decorator of a method in a class body")

# singledispatch: the handler registered for the first argument's class or
# the nearest of its bases (the `_classes` module's order, which knows the
# code's classes). register, dispatch and registry are attributes of the
# wrapper, kept by the _classes module like cache_info; `@f.register` over a
# function whose first parameter is annotated gets the annotation as its
# class from the rewrite (rewrite/single_dispatch.rs: the sandbox keeps no
# annotations).
import datetime as _datetime


def _dispatch_order(cls):
    if cls is _datetime.datetime:
        return (cls, _datetime.date, object)
    try:
        return __codeact_mod__classes.mro_of(cls)
    except NotImplementedError:
        return (cls, object)


def singledispatch(func):
    registry = {object: func}
    name = __codeact_mod__sandbox.name_of(func)

    def dispatch(cls):
        for base in _dispatch_order(cls):
            if base in registry:
                return registry[base]
        return func

    def register(cls, method=None):
        if type(cls) is not type(int):
            if method is None and callable(cls):
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type. Use either `@register(some_class)` or plain `@register` on an annotated function.")
            raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either `@register(some_class)` or plain `@register` on an annotated function.")
        if method is None:
            return lambda f: register(cls, f)
        registry[cls] = method
        return method

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError(f"{name} requires at least 1 positional argument")
        return dispatch(type(args[0]))(*args, **kwargs)

    __codeact_mod__sandbox.register(wrapper, func)
    __codeact_mod__sandbox.register_doc(wrapper, func)
    __codeact_mod__classes.set_(wrapper, "register", register)
    __codeact_mod__classes.set_(wrapper, "dispatch", dispatch)
    __codeact_mod__classes.set_(wrapper, "registry", registry)
    return wrapper
