# Generator expressions one value at a time (see rewrite/lazy_generators.rs;
# a module of its own, so that these common calls do not load the larger
# _sandbox module). `any`, `all` and `next`: `body(step)` computes the
# element `step` hands out, as a list of one, or of none when the element
# is filtered out; `state[1]` says the iterable ran out.
_END = []

def _stepper():
    state = [None, False]
    def step(make_iterable):
        if state[0] is None:
            state[0] = iter(make_iterable())
            if state[1] is None:
                return ()
        item = next(state[0], _END)
        if item is _END:
            state[1] = True
            return ()
        return (item,)
    return step, state

# A value's truth as CPython's: monty's ignores the __bool__ and __len__
# of the code's classes, which the classes module (loaded whenever a class
# defines one) asks.
def _truth(value):
    try:
        classes = __codeact_mod__classes
    except NameError:
        return True if value else False
    return classes.truth(value)

def lazy_any(body):
    step, state = _stepper()
    while True:
        found = body(step)
        if state[1]:
            return False
        if found and _truth(found[0]):
            return True

def lazy_all(body):
    step, state = _stepper()
    while True:
        found = body(step)
        if state[1]:
            return True
        if found and not _truth(found[0]):
            return False

def lazy_next(body, *default):
    step, state = _stepper()
    while True:
        found = body(step)
        if state[1]:
            if default:
                return default[0]
            raise StopIteration()
        if found:
            return found[0]

# A generator expression whose values are computed one at a time; the
# first call (with `state[1]` None) only evaluates the iterable, at once,
# as CPython does when the expression is evaluated.
class generator:
    def __init__(self, body):
        step, state = _stepper()
        state[1] = None
        body(step)
        state[1] = False
        self._body = body
        self._step = step
        self._state = state

    def __iter__(self):
        return self

    def __next__(self):
        while not self._state[1]:
            found = self._body(self._step)
            if found:
                return found[0]
        raise StopIteration()


# Generator functions whose bodies compute without side effects (see
# rewrite/generators.rs): `yield v` became `put(v)`, and the function is
# wrapped by `eager` (or `stepwise`, when a loop in it may never end).
# Calling it runs nothing; the first `next` runs the body, collecting what
# it yields, and the values are then handed out one by one, with an
# exception the body raised after them, as CPython would have raised it
# there. `stepwise` stops the body after 16 values, and runs it again from
# the start for 32, 64... when more are asked for: the body has no side
# effects, so each run yields the same values first.
_collectors = []


def put(value):
    top = _collectors[-1]
    if top[1] is not None and len(top[0]) >= top[1]:
        raise KeyboardInterrupt()
    top[0].append(value)


def put_all(values):
    top = _collectors[-1]
    for value in values:
        if top[1] is not None and len(top[0]) >= top[1]:
            raise KeyboardInterrupt()
        top[0].append(value)


class generator_of:
    def __init__(self, function, args, kwargs, limit):
        self._function = function
        self._args = args
        self._kwargs = kwargs
        self._limit = limit
        self._values = []
        self._index = 0
        self._done = False
        self._error = None

    def __iter__(self):
        return self

    def _run(self):
        entry = [[], self._limit]
        _collectors.append(entry)
        self._done = True
        try:
            self._function(*self._args, **self._kwargs)
        except KeyboardInterrupt:
            if self._limit is None or len(entry[0]) < self._limit:
                _collectors.pop()
                raise
            self._done = False
            self._limit = self._limit * 2
        except Exception as error:
            self._error = error
        _collectors.pop()
        self._values = entry[0]
        if self._done:
            self._function = None

    def __next__(self):
        if self._index >= len(self._values) and not self._done:
            self._run()
        if self._index < len(self._values):
            value = self._values[self._index]
            self._index += 1
            return value
        if self._error is not None:
            error = self._error
            self._error = None
            raise error
        raise StopIteration()


def eager(function):
    def start(*args, **kwargs):
        return generator_of(function, args, kwargs, None)
    return start


def stepwise(function):
    def start(*args, **kwargs):
        return generator_of(function, args, kwargs, 16)
    return start
