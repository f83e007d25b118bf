import collections as _native

deque = _native.deque
defaultdict = _native.defaultdict
namedtuple = _native.namedtuple
Counter = _native.Counter

class OrderedDict:
    def __init__(self, other=None, **kwargs):
        self.data = {}
        if other is not None:
            self.update(other)
        self.update(kwargs)

    def update(self, other=None, **kwargs):
        if other is not None:
            if isinstance(other, dict) or isinstance(other, OrderedDict):
                for key in other.keys():
                    self.data[key] = other[key]
            else:
                for key, value in other:
                    self.data[key] = value
        for key, value in kwargs.items():
            self.data[key] = value

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __iter__(self):
        return iter(list(self.data))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.data.items()) == list(other.data.items())
        return self.data == other

    def __repr__(self):
        if not self.data:
            return "OrderedDict()"
        return f"OrderedDict({list(self.data.items())!r})"

    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def items(self):
        return self.data.items()

    def get(self, key, default=None):
        return self.data[key] if key in self.data else default

    def pop(self, key, *default):
        if key in self.data:
            return self.data.pop(key)
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        if key not in self.data:
            self.data[key] = default
        return self.data[key]

    def clear(self):
        self.data.clear()

    def copy(self):
        return OrderedDict(self.data)

    def move_to_end(self, key, last=True):
        if key not in self.data:
            raise KeyError(key)
        value = self.data.pop(key)
        if last:
            self.data[key] = value
        else:
            rest = list(self.data.items())
            self.data.clear()
            self.data[key] = value
            for k, v in rest:
                self.data[k] = v

    def popitem(self, last=True):
        if not self.data:
            raise KeyError("dictionary is empty")
        key = list(self.data)[-1] if last else next(iter(self.data))
        return (key, self.data.pop(key))
