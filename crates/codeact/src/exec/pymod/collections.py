# `collections` with what monty 0.0.23's lacks: OrderedDict and ChainMap,
# written over a dict the way CPython 3.11 behaves (reprs, order-sensitive
# equality between OrderedDicts, move_to_end, popitem(last=False), the
# lookup order of a ChainMap's maps). Subscripts, len() and truth reach
# their special methods through the `_classes` module, with which the
# classes register them when this module loads.
import collections as _native

Counter = _native.Counter
defaultdict = _native.defaultdict
deque = _native.deque
namedtuple = _native.namedtuple

_MISSING = []


class _View:
    def __init__(self, kind, mapping, items):
        self._kind = kind
        self._mapping = mapping
        self._items = items

    def _list(self):
        return list(self._items(self._mapping))

    def __iter__(self):
        return iter(self._list())

    def __len__(self):
        return len(self._list())

    def __contains__(self, value):
        return value in self._list()

    def __eq__(self, other):
        if type(other) is _View:
            other = other._list()
        if self._kind.endswith("values"):
            return False
        return set(self._list()) == set(other)

    def __repr__(self):
        if self._kind.startswith("odict"):
            return self._kind + "(" + repr(self._list()) + ")"
        return self._kind + "(" + repr(self._mapping) + ")"


def _keys_of(mapping):
    return list(mapping)


# Module code is not rewritten: subscripts of these classes' objects are
# spelled as calls here.
def _values_of(mapping):
    return [mapping.get(key) for key in mapping]


def _items_of(mapping):
    return [(key, mapping.get(key)) for key in mapping]


def _store(mapping, key, value):
    if type(mapping) is OrderedDict:
        mapping._data[key] = value
    else:
        mapping[key] = value


class OrderedDict:
    def __init__(self, other=(), **kwargs):
        self._data = {}
        self.update(other, **kwargs)

    def update(self, other=(), **kwargs):
        if type(other) is OrderedDict or type(other) is ChainMap:
            for key in other:
                self._data[key] = other.get(key)
        elif type(other) is dict or type(other) is defaultdict or type(other) is Counter:
            for key, value in other.items():
                self._data[key] = value
        else:
            for key, value in other:
                self._data[key] = value
        for key, value in kwargs.items():
            self._data[key] = value

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return len(self._data) > 0

    def __iter__(self):
        return iter(list(self._data))

    def __reversed__(self):
        return iter(list(self._data)[::-1])

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if type(other) is OrderedDict:
            return list(self._data.items()) == list(other._data.items())
        if type(other) is dict:
            return self._data == other
        return False

    def __repr__(self):
        if not self._data:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._data.items())) + ")"

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        if key not in self._data:
            self._data[key] = default
        return self._data[key]

    def pop(self, key, default=_MISSING):
        if key in self._data:
            return self._data.pop(key)
        if default is _MISSING:
            raise KeyError(key)
        return default

    def popitem(self, last=True):
        if not self._data:
            raise KeyError("dictionary is empty")
        keys = list(self._data)
        key = keys[-1] if last else keys[0]
        return (key, self._data.pop(key))

    def move_to_end(self, key, last=True):
        if key not in self._data:
            raise KeyError(key)
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            for other_key, other_value in rest.items():
                self._data[other_key] = other_value

    def clear(self):
        self._data.clear()

    def copy(self):
        return OrderedDict(self)

    def keys(self):
        return _View("odict_keys", self, _keys_of)

    def values(self):
        return _View("odict_values", self, _values_of)

    def items(self):
        return _View("odict_items", self, _items_of)

    def __or__(self, other):
        merged = OrderedDict(self)
        merged.update(other)
        return merged


def _fromkeys(keys, value=None):
    made = OrderedDict()
    for key in keys:
        made._data[key] = value
    return made


OrderedDict.fromkeys = _fromkeys


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping.get(key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        _store(self.maps[0], key, value)

    def _merged(self):
        merged = {}
        for mapping in self.maps[::-1]:
            for key in mapping:
                merged[key] = None
        return list(merged)

    def __len__(self):
        return len(self._merged())

    def __bool__(self):
        return any(self.maps)

    def __iter__(self):
        return iter(self._merged())

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __eq__(self, other):
        if type(other) is ChainMap:
            other = dict(other.items())
        return dict(self.items()) == other

    def __repr__(self):
        return "ChainMap(" + ", ".join([repr(mapping) for mapping in self.maps]) + ")"

    def get(self, key, default=None):
        for mapping in self.maps:
            if key in mapping:
                return mapping.get(key)
        return default

    def pop(self, key, *default):
        if key in self.maps[0]:
            return self.maps[0].pop(key)
        if default:
            return default[0]
        raise KeyError(f"Key not found in the first mapping: {key!r}")

    def keys(self):
        return _View("KeysView", self, _keys_of)

    def values(self):
        return _View("ValuesView", self, _values_of)

    def items(self):
        return _View("ItemsView", self, _items_of)

    def new_child(self, m=None):
        return ChainMap(*([{} if m is None else m] + self.maps))

    # `parents`, a property in CPython, read through _sandbox.attribute.
    def _codeact_parents(self):
        return ChainMap(*self.maps[1:])

    def copy(self):
        return ChainMap(*([dict(self.maps[0])] + self.maps[1:]))


def reversed_of(value):
    """reversed(value), through an OrderedDict's own __reversed__ (monty's
    reversed calls no method of a class)."""
    if type(value) is OrderedDict:
        return value.__reversed__()
    try:
        classes = __codeact_mod__classes
    except NameError:
        return reversed(value)
    # The code's classes' __reversed__, __len__ and __getitem__.
    return classes.reversed_(value)


def dict_of(value, **kwargs):
    """dict(value, **kwargs), copying an OrderedDict or ChainMap by keys."""
    if type(value) is OrderedDict or type(value) is ChainMap:
        copied = {}
        for key in value:
            copied[key] = value.get(key)
        copied.update(kwargs)
        return copied
    return dict(value, **kwargs)


for _owner in (OrderedDict, ChainMap, _View):
    for _name in ("__getitem__", "__setitem__", "__len__", "__bool__"):
        _function = getattr(_owner, _name, None)
        if _function is not None:
            __codeact_mod__classes.method(_owner, _name, _function)
