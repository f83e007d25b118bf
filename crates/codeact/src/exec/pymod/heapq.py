def _check_list(name, heap):
    if type(heap) is not list:
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")

# `a < b` as CPython's heapq asks it: monty's own `<` does not call the
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

def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if _lt(item, parent):
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item

def _sift_to_leaf(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not _lt(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)

def heappush(heap, item):
    _check_list("heappush", heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)

def heappop(heap):
    _check_list("heappop", heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return top
    return last

def heapreplace(heap, item):
    _check_list("heapreplace", heap)
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return top

def heappushpop(heap, item):
    _check_list("heappushpop", heap)
    if heap and _lt(heap[0], item):
        top = heap[0]
        heap[0] = item
        _sift_to_leaf(heap, 0)
        return top
    return item

def heapify(heap):
    _check_list("heapify", heap)
    for i in reversed(range(len(heap) // 2)):
        _sift_to_leaf(heap, i)

# `sorted` as CPython's would order the code's classes (see `_lt`).
def _sorted(iterable, key, reverse):
    items = list(iterable)
    try:
        return sorted(items, key=key, reverse=reverse)
    except TypeError as error:
        try:
            classes = __codeact_mod__classes
        except NameError:
            raise error
        return classes.sorted_(items, key=key, reverse=reverse)

def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return _sorted(iterable, key, True)[:n]

def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return _sorted(iterable, key, False)[:n]

class _Merge:
    def __init__(self, iterables, key, reverse):
        self.key = key
        self.reverse = reverse
        self.sources = []
        self.heads = []
        self.keys = []
        for iterable in iterables:
            source = iter(iterable)
            self.sources.append(source)
            self.heads.append(None)
            self.keys.append(None)
        self.live = []
        for i in range(len(self.sources)):
            self._advance(i)

    def _advance(self, i):
        try:
            value = next(self.sources[i])
        except StopIteration:
            if i in self.live:
                self.live.remove(i)
            return
        self.heads[i] = value
        self.keys[i] = value if self.key is None else self.key(value)
        if i not in self.live:
            self.live.append(i)
            self.live.sort()

    def __iter__(self):
        return self

    def __next__(self):
        if not self.live:
            raise StopIteration
        best = self.live[0]
        for i in self.live[1:]:
            if self.reverse:
                if _lt(self.keys[best], self.keys[i]):
                    best = i
            elif _lt(self.keys[i], self.keys[best]):
                best = i
        value = self.heads[best]
        self._advance(best)
        return value

def merge(*iterables, key=None, reverse=False):
    return _Merge(iterables, key, reverse)
