# Generator functions as resumable state machines (see
# rewrite/generator_states.rs). The rewrite turns the body of a generator
# function into `step(sent, thrown)`, a closure over the function's locals
# that runs from where the last `yield` left it to the next one and
# returns `(True, value)` there, or `(False, value)` where the body
# returns. `generator` is the object the call returns, with CPython's
# generator protocol around `step`.
class generator:
    def __init__(self, step):
        self._step = step
        self._started = False
        self._done = False
        self._running = False
        self._value = None

    def __iter__(self):
        return self

    # `next(g)`, and (given `end`) the value to hand back instead of
    # raising StopIteration at the end; `send` and `throw` resume it with a
    # value or an exception. The states of a generator walking another call
    # it as a method (see `stepper`): monty's `next` on a class of the code
    # costs many levels of its recursion limit.
    def _codeact_next(self, end=None, sent=None, thrown=None):
        if self._done:
            if end is None:
                raise StopIteration()
            return end
        if self._running:
            raise ValueError("generator already executing")
        self._started = True
        self._running = True
        try:
            more, value = self._step(sent, thrown)
        except StopIteration:
            self._running = False
            self._done = True
            raise RuntimeError("generator raised StopIteration")
        except BaseException:
            self._running = False
            self._done = True
            raise
        self._running = False
        if more:
            return value
        self._done = True
        self._value = value
        if end is None:
            raise _stop(value)
        return end

    __next__ = _codeact_next

    def send(self, value):
        if not self._started and value is not None and not self._done:
            raise TypeError("can't send non-None value to a just-started generator")
        return self._codeact_next(None, value)

    def throw(self, error):
        if not self._started or self._done:
            # Raised where the body has not begun (or has ended): CPython
            # finishes the generator and lets the exception out.
            self._done = True
            raise error
        return self._codeact_next(None, None, error)

    def close(self):
        self._done = True


# The value a generator returned, which CPython's StopIteration carries
# as `value` and `args`: monty's exceptions take one str, so the exception
# raised carries str(value) (its str() as CPython's) and the value itself
# is kept here for `stop_value` and `stop_args`, which the rewrite calls
# for `e.value` and `e.args` of `except StopIteration as e` (see
# rewrite/stop_values.rs). The last few only: an exception caught and
# read long after is rare.
_STOPPED = []
_KEPT = 64


def _stop(value):
    if value is None:
        return StopIteration()
    error = StopIteration(str(value))
    _STOPPED.append((error, value))
    if len(_STOPPED) > _KEPT:
        _STOPPED.pop(0)
    return error


def _stopped(error):
    for raised, value in _STOPPED:
        if raised is error:
            return True, value
    return False, None


# `next(g)` in code that reads a StopIteration's value: monty's next()
# raises a StopIteration of its own at the end, without the value, so a
# generator of the sandbox's is stepped by a method call.
_END = []


def next_(iterator, *default):
    if isinstance(iterator, generator) and len(default) <= 1:
        value = iterator._codeact_next(_END)
        if value is _END:
            if default:
                return default[0]
            raise _stop(iterator._value)
        return value
    return next(iterator, *default)


def stop_value(error):
    found, value = _stopped(error)
    if found:
        return value
    # (monty's exception types are not `is` themselves: the name tells.)
    if type(error).__name__ == "StopIteration":
        return error.args[0] if error.args else None
    return error.value


def stop_args(error):
    found, value = _stopped(error)
    if found:
        return (value,)
    return error.args


# How a generator's states take the next value of an iterator, `end` at
# its end: a generator of the sandbox's by a plain method call.
def stepper(iterator):
    if isinstance(iterator, generator):
        return iterator._codeact_next
    return lambda end: next(iterator, end)


# `yield from sub`: `throw` passed on to `sub`, and what `sub` returned
# once it is done.
def thrown_into(sub, error):
    throw = getattr(sub, "throw", None)
    if throw is None:
        raise error
    return throw(error)


def result_of(sub):
    if isinstance(sub, generator):
        return sub._value
    return None


# What a `for` loop's `next(iterator, END)` returns at its end.
END = []


# `enumerate`, `zip`, `map` and `filter` (see rewrite/lazy_iterators.rs):
# monty's builtins take all of an iterable's values at once, as a list;
# these make CPython's iterators, taking one value per value asked for.
# The `lazy_` ones, for results walked once on the spot, call the builtin
# where that gives the same values: for the builtin containers, whose
# walking runs nothing of the code's.
_CONTAINERS = (list, tuple, str, bytes, dict, set, frozenset, range)
_VIEWS = ("dict_keys", "dict_values", "dict_items", "deque")


def _walked_ahead(value):
    return type(value) not in _CONTAINERS and type(value).__name__ not in _VIEWS


def _any_walked_ahead(values):
    for value in values:
        if _walked_ahead(value):
            return True
    return False


def iterator_enumerate(iterable, start=0):
    return _Enumerate(iterable, start)


def iterator_zip(*iterables, strict=False):
    if strict:
        return iter(zip(*iterables, strict=True))
    return _Map(None, iterables)


def iterator_map(function, *iterables):
    if not iterables:
        raise TypeError("map() must have at least two arguments.")
    return _Map(function, iterables)


def iterator_filter(function, iterable):
    return _Filter(function, iterable)


def lazy_enumerate(iterable, start=0):
    if not _walked_ahead(iterable):
        return enumerate(iterable, start)
    return _Enumerate(iterable, start)


def lazy_zip(*iterables, strict=False):
    if strict or not _any_walked_ahead(iterables):
        return zip(*iterables, strict=strict)
    return _Map(None, iterables)


def lazy_map(function, *iterables):
    if not _any_walked_ahead(iterables):
        return map(function, *iterables)
    return _Map(function, iterables)


def lazy_filter(function, iterable):
    if not _walked_ahead(iterable):
        return filter(function, iterable)
    return _Filter(function, iterable)


class _Enumerate:
    def __init__(self, iterable, start):
        self._iterator = iter(iterable)
        self._count = start

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self._iterator)
        count = self._count
        self._count = count + 1
        return (count, value)


# `zip` (no function) and `map`: one value of each iterator, in order; the
# first that ends ends it, after the values taken from those before it.
def _callable(function):
    # An object of the code's with __call__ (which the `_classes` module
    # keeps, when the session has such classes) is called through it.
    try:
        return __codeact_mod__classes.call_of(function)
    except NameError:
        return function


class _Map:
    def __init__(self, function, iterables):
        self._function = function
        self._iterators = [iter(iterable) for iterable in iterables]

    def __iter__(self):
        return self

    def __next__(self):
        values = [next(iterator) for iterator in self._iterators]
        if self._function is None:
            return tuple(values)
        return _callable(self._function)(*values)


class _Filter:
    def __init__(self, function, iterable):
        self._function = function
        self._iterator = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            value = next(self._iterator)
            if self._function is None:
                if value:
                    return value
            elif _callable(self._function)(value):
                return value
