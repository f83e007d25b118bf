# `json` with monty 0.0.23's own decoder and encoder, and what they lack:
# `object_hook`, `default=`, and CPython's words and positions for a
# malformed document (see _json_errors.py); the error is re-raised with
# them.
import json as _native

JSONDecodeError = _native.JSONDecodeError


# `default=` (monty's dumps refuses it) and the sandbox's OrderedDict and
# ChainMap, which CPython encodes as the dicts they are: the value is
# turned into what monty encodes first, calling `default` on anything else
# as CPython's encoder does, and encoding its result in turn.
def _encodable(value, default):
    kind = type(value)
    if value is None or kind is str or kind is int or kind is float or kind is bool:
        return value
    if kind is list or kind is tuple:
        return [_encodable(item, default) for item in value]
    if kind is dict or kind.__name__ in ("defaultdict", "Counter", "OrderedDict", "ChainMap"):
        encoded = {}
        for key in value:
            encoded[_encodable_key(key)] = _encodable(value.get(key) if kind.__name__ in ("OrderedDict", "ChainMap") else value[key], default)
        return encoded
    enum_kind = getattr(value, "_codeact_enum_kind", None)
    if enum_kind == "IntEnum" or enum_kind == "IntFlag" or enum_kind == "StrEnum":
        # An int or a str subclass in CPython, encoded as its value.
        return value._value_
    if default is None:
        raise TypeError(f"Object of type {kind.__name__} is not JSON serializable")
    return _encodable(default(value), default)


def _encodable_key(key):
    enum_kind = getattr(key, "_codeact_enum_kind", None)
    if enum_kind == "IntEnum" or enum_kind == "IntFlag" or enum_kind == "StrEnum":
        return key._value_
    return key


def dumps(obj, *, default=None, **kwargs):
    if default is None:
        try:
            return _native.dumps(obj, **kwargs)
        except TypeError:
            return _native.dumps(_encodable(obj, None), **kwargs)
    return _native.dumps(_encodable(obj, default), **kwargs)
_last_document = [None]


def loads(s, *, object_hook=None, **kwargs):
    try:
        value = _native.loads(s, **kwargs)
    except JSONDecodeError as error:
        if type(s) is not str:
            raise error
        where = __codeact_mod__json_errors.locate(s)
        if where is None:
            raise error
        _last_document[0] = s
        raise JSONDecodeError(__codeact_mod__json_errors.message(s, where[1], where[0])) from None
    if object_hook is None:
        return value
    return _apply_hook(value, object_hook)


# `object_hook` applied to every object from the innermost out, in
# document order, as CPython's decoder applies it.
def _apply_hook(value, hook):
    if type(value) is list:
        return [_apply_hook(item, hook) for item in value]
    if type(value) is dict:
        decoded = {}
        for key, item in value.items():
            decoded[key] = _apply_hook(item, hook)
        return hook(decoded)
    return value


def error_attribute(error, name):
    """`error.msg`, `.pos`, `.lineno`, `.colno` or `.doc` of a JSONDecodeError,
    read back from its message; any other object's attribute as it is."""
    # monty's exception types are not `is`-identical to type(e).
    if not isinstance(error, JSONDecodeError):
        return getattr(error, name)
    text = str(error)
    head, _, place = text.rpartition(": line ")
    line, _, rest = place.partition(" column ")
    column, _, rest = rest.partition(" (char ")
    position = rest[:-1]
    if name == "msg":
        return head
    if name == "lineno":
        return int(line)
    if name == "colno":
        return int(column)
    if name == "pos":
        return int(position)
    document = _last_document[0]
    if document is None:
        raise NotImplementedError("the document of this JSONDecodeError is not available in the sandbox")
    return document
