# `bytearray`, which monty 0.0.23 lacks: a mutable sequence of byte values
# kept as a list of ints, printing, comparing and converting as CPython's.
# The code's subscripts, len(), + and * on it go through the `_classes`
# module (see rewrite/mod.rs's MODULE_OPERATORS); the methods it shares
# with bytes run on bytes and give a bytearray back where CPython's do.

def _bytes(values):
    return __codeact_mod__sandbox.bytes_of(values)


def _values_of(source):
    kind = type(source)
    if kind is bytearray:
        return list(source._data)
    if kind is bytes:
        return list(source)
    if kind is str:
        raise TypeError("string argument without an encoding")
    if kind is int or kind is bool:
        if source < 0:
            raise ValueError("negative count")
        return [0] * int(source)
    return list(_bytes(list(source)))


def _byte(value):
    if type(value) is not int and type(value) is not bool:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    if value < 0 or value > 255:
        raise ValueError("byte must be in range(0, 256)")
    return int(value)


def _other_values(other, op):
    kind = type(other)
    if kind is bytearray:
        return other._data
    if kind is bytes:
        return list(other)
    raise TypeError(f"can't concat {kind.__name__} to bytearray")


class bytearray:
    def __init__(self, source=b"", encoding=None, errors="strict"):
        __codeact_mod__sandbox.register_operators(bytearray, _OPERATORS, _OPERATORS_REGISTERED)
        if encoding is not None:
            if type(source) is not str:
                raise TypeError("encoding without a string argument")
            self._data = list(source.encode(encoding, errors))
        else:
            self._data = _values_of(source)

    def __repr__(self):
        return "bytearray(" + repr(_bytes(self._data)) + ")"

    def __str__(self):
        return self.__repr__()

    def __eq__(self, other):
        if type(other) is bytearray:
            return self._data == other._data
        if type(other) is bytes:
            return self._data == list(other)
        return False

    def __iter__(self):
        return iter(list(self._data))

    def __contains__(self, item):
        if type(item) is int or type(item) is bool:
            return _byte(item) in self._data
        return _bytes(item) in _bytes(self._data)

    def append(self, value):
        self._data.append(_byte(value))

    def extend(self, values):
        self._data.extend(_values_of(values))

    def insert(self, index, value):
        self._data.insert(index, _byte(value))

    def pop(self, index=-1):
        if not self._data:
            raise IndexError("pop from empty bytearray")
        return self._data.pop(index)

    def remove(self, value):
        value = _byte(value)
        if value not in self._data:
            raise ValueError("value not found in bytearray")
        self._data.remove(value)

    def reverse(self):
        self._data.reverse()

    def clear(self):
        self._data.clear()

    def copy(self):
        return bytearray(self)

    def decode(self, encoding="utf-8", errors="strict"):
        return _bytes(self._data).decode(encoding, errors)

    def hex(self, *args):
        return _bytes(self._data).hex(*args)


def _getitem(ba, index):
    if type(index) is slice:
        result = bytearray()
        result._data = ba._data[index]
        return result
    if type(index) is not int and type(index) is not bool:
        raise TypeError(f"bytearray indices must be integers or slices, not {type(index).__name__}")
    if index >= len(ba._data) or index < -len(ba._data):
        raise IndexError("bytearray index out of range")
    return ba._data[index]


def _bound(value, size, default):
    if value is None:
        return default
    if value < 0:
        return max(0, value + size)
    return min(value, size)


def _setitem(ba, index, value):
    if type(index) is slice:
        values = _values_of(value)
        if index.step is None or index.step == 1:
            # monty's lists take no slice stores: the list is rebuilt.
            size = len(ba._data)
            start = _bound(index.start, size, 0)
            stop = _bound(index.stop, size, size)
            ba._data = ba._data[:start] + values + ba._data[max(start, stop):]
            return
        positions = list(range(len(ba._data)))[index]
        if len(positions) != len(values):
            raise ValueError(f"attempt to assign bytes of size {len(values)} to extended slice of size {len(positions)}")
        for position, byte in zip(positions, values):
            ba._data[position] = byte
        return
    if index >= len(ba._data) or index < -len(ba._data):
        raise IndexError("bytearray index out of range")
    ba._data[index] = _byte(value)


def _delitem(ba, index):
    # (The module's code is monty's as written: no del statement.)
    if type(index) is slice:
        kept = list(range(len(ba._data)))
        gone = kept[index]
        ba._data = [byte for position, byte in enumerate(ba._data) if position not in gone]
        return
    ba._data.pop(index)


def _len(ba):
    return len(ba._data)


def _bool(ba):
    return len(ba._data) > 0


def _add(ba, other):
    result = bytearray()
    result._data = ba._data + _other_values(other, "+")
    return result


def _radd(ba, other):
    # bytes + bytearray is bytes.
    if type(other) is bytes:
        return other + _bytes(ba._data)
    return NotImplemented


def _mul(ba, count):
    if type(count) is not int and type(count) is not bool:
        raise TypeError(f"can't multiply sequence by non-int of type '{type(count).__name__}'")
    result = bytearray()
    result._data = ba._data * count
    return result


def _iadd(ba, other):
    ba._data.extend(_other_values(other, "+="))
    return ba


_OPERATORS = (("__getitem__", _getitem), ("__setitem__", _setitem), ("__delitem__", _delitem), ("__len__", _len), ("__bool__", _bool), ("__add__", _add), ("__radd__", _radd), ("__mul__", _mul), ("__rmul__", _mul), ("__iadd__", _iadd))
_OPERATORS_REGISTERED = []
__codeact_mod__sandbox.register_operators(bytearray, _OPERATORS, _OPERATORS_REGISTERED)


# The methods shared with bytes: run on the bytes, a bytearray back where
# CPython's bytearray method gives one.
def _shared(name, wraps):
    def method(self, *args):
        args = [_bytes(arg._data) if type(arg) is bytearray else arg for arg in args]
        # (monty's getattr sees no method of bytes: the `_bound` module's
        # callers call it.)
        result = __codeact_mod__bound.bound(_bytes(self._data), name)(*args)
        if wraps == "one":
            return bytearray(result)
        if wraps == "list":
            return [bytearray(part) for part in result]
        if wraps == "tuple":
            return tuple([bytearray(part) for part in result])
        return result
    return method


for _name in ("upper", "lower", "strip", "lstrip", "rstrip", "replace", "title", "capitalize", "swapcase", "center", "ljust", "rjust", "zfill", "join", "removeprefix", "removesuffix", "expandtabs"):
    setattr(bytearray, _name, _shared(_name, "one"))
for _name in ("split", "rsplit", "splitlines"):
    setattr(bytearray, _name, _shared(_name, "list"))
for _name in ("partition", "rpartition"):
    setattr(bytearray, _name, _shared(_name, "tuple"))
for _name in ("count", "find", "rfind", "index", "rindex", "startswith", "endswith", "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "isascii", "istitle"):
    setattr(bytearray, _name, _shared(_name, None))

bytearray.fromhex = lambda text: bytearray(bytes.fromhex(text))
