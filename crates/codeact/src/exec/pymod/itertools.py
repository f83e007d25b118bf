import itertools as _native

count = _native.count
repeat = _native.repeat
pairwise = _native.pairwise
compress = _native.compress
islice = _native.islice
cycle = _native.cycle
takewhile = _native.takewhile
dropwhile = _native.dropwhile
filterfalse = _native.filterfalse
starmap = _native.starmap

# `accumulate` without a function adds with `+`, which monty's own does
# natively and so never reaches the special methods of the code's classes
# (an IntEnum's members): the sandbox's addition goes there when `+` fails.
def _add(total, value):
    try:
        return total + value
    except TypeError as error:
        try:
            classes = __codeact_mod__classes
        except NameError:
            raise error
        return classes.add(total, value)

def accumulate(iterable, func=None, *, initial=None):
    return _native.accumulate(iterable, _add if func is None else func, initial=initial)
zip_longest = _native.zip_longest

class _FromIterable:
    def __init__(self, iterables):
        self.outer = iter(iterables)
        self.inner = None

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self.inner is None:
                self.inner = iter(next(self.outer))
            try:
                return next(self.inner)
            except StopIteration:
                self.inner = None

class chain:
    def __init__(self, *iterables):
        self.flat = _FromIterable(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.flat)

def _chain_from_iterable(iterables):
    return _FromIterable(iterables)

chain.from_iterable = _chain_from_iterable

def _check_r(r):
    if type(r) is not int:
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")

class _Combinations:
    def __init__(self, pool, r, replace):
        self.pool = pool
        self.r = r
        self.replace = replace
        self.indices = None
        n = len(pool)
        self.done = (r > n and not replace) or (replace and n == 0 and r > 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        n = len(self.pool)
        r = self.r
        if self.indices is None:
            self.indices = [0] * r if self.replace else list(range(r))
        else:
            indices = self.indices
            i = r - 1
            if self.replace:
                while i >= 0 and indices[i] == n - 1:
                    i -= 1
                if i < 0:
                    self.done = True
                    raise StopIteration
                value = indices[i] + 1
                for j in range(i, r):
                    indices[j] = value
            else:
                while i >= 0 and indices[i] == i + n - r:
                    i -= 1
                if i < 0:
                    self.done = True
                    raise StopIteration
                indices[i] += 1
                for j in range(i + 1, r):
                    indices[j] = indices[j - 1] + 1
        return tuple(self.pool[i] for i in self.indices)

def combinations(iterable, r):
    _check_r(r)
    return _Combinations(tuple(iterable), r, False)

def combinations_with_replacement(iterable, r):
    _check_r(r)
    return _Combinations(tuple(iterable), r, True)

class _Permutations:
    def __init__(self, pool, r):
        self.pool = pool
        self.r = r
        self.indices = None
        self.done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        n = len(self.pool)
        r = self.r
        if self.indices is None:
            self.indices = list(range(r))
            return tuple(self.pool[i] for i in self.indices)
        indices = self.indices
        i = r - 1
        while i >= 0:
            used = indices[:i]
            candidate = indices[i] + 1
            while candidate < n and candidate in used:
                candidate += 1
            if candidate < n:
                indices[i] = candidate
                used.append(candidate)
                free = [k for k in range(n) if k not in used]
                for j in range(i + 1, r):
                    indices[j] = free[j - i - 1]
                return tuple(self.pool[k] for k in indices)
            i -= 1
        self.done = True
        raise StopIteration

def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    _check_r(r)
    return _Permutations(pool, r)

class _Product:
    def __init__(self, pools):
        self.pools = pools
        self.indices = None
        self.done = False
        for pool in pools:
            if len(pool) == 0:
                self.done = True

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        pools = self.pools
        if self.indices is None:
            self.indices = [0] * len(pools)
        else:
            i = len(pools) - 1
            while i >= 0:
                self.indices[i] += 1
                if self.indices[i] < len(pools[i]):
                    break
                self.indices[i] = 0
                i -= 1
            if i < 0:
                self.done = True
                raise StopIteration
        return tuple(pools[i][k] for i, k in enumerate(self.indices))

def product(*iterables, repeat=1):
    if type(repeat) is not int:
        raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(iterable) for iterable in iterables] * repeat
    return _Product(pools)

class _Marker:
    pass

class _Grouper:
    def __init__(self, parent, key, token):
        self.parent = parent
        self.key = key
        self.token = token
        self.started = False
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        parent = self.parent
        if parent.token is not self.token:
            self.done = True
            raise StopIteration
        if self.started:
            try:
                parent.value = next(parent.source)
            except StopIteration:
                self.done = True
                raise
            parent.key = parent.value if parent.keyfunc is None else parent.keyfunc(parent.value)
        self.started = True
        if not parent.key == self.key:
            self.done = True
            raise StopIteration
        return parent.value

class _GroupBy:
    def __init__(self, iterable, keyfunc):
        self.source = iter(iterable)
        self.keyfunc = keyfunc
        marker = _Marker()
        self.target = marker
        self.key = marker
        self.value = marker
        self.token = None

    def __iter__(self):
        return self

    def __next__(self):
        self.token = _Marker()
        while self.key == self.target:
            self.value = next(self.source)
            self.key = self.value if self.keyfunc is None else self.keyfunc(self.value)
        self.target = self.key
        return (self.key, _Grouper(self, self.target, self.token))

def groupby(iterable, key=None):
    return _GroupBy(iterable, key)

class _TeeShared:
    def __init__(self, iterable):
        self.source = iter(iterable)
        self.buffer = []
        self.start = 0

class _Tee:
    def __init__(self, shared):
        self.shared = shared
        self.position = shared.start

    def __iter__(self):
        return self

    def __next__(self):
        shared = self.shared
        offset = self.position - shared.start
        if offset < len(shared.buffer):
            value = shared.buffer[offset]
        else:
            value = next(shared.source)
            shared.buffer.append(value)
        self.position += 1
        return value

def tee(iterable, n=2):
    if type(n) is not int:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    shared = _TeeShared(iterable)
    return tuple(_Tee(shared) for _ in range(n))
