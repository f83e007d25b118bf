# Methods of builtin objects taken as values (`add = out.append`,
# `map(pattern.match, lines)`), which monty 0.0.23 refuses: its str, list,
# dict, set, deque, re.Pattern and re.Match objects give their methods only
# to calls. `bound` hands back the attribute where monty has it (the
# code's own objects) and otherwise a function calling the method; the
# names are every method of those types in CPython 3.11 (see
# rewrite/bound_methods.rs).
_CALLERS = {
    "add": lambda o, a, k: o.add(*a, **k) if k else o.add(*a),
    "append": lambda o, a, k: o.append(*a, **k) if k else o.append(*a),
    "appendleft": lambda o, a, k: o.appendleft(*a, **k) if k else o.appendleft(*a),
    "capitalize": lambda o, a, k: o.capitalize(*a, **k) if k else o.capitalize(*a),
    "casefold": lambda o, a, k: o.casefold(*a, **k) if k else o.casefold(*a),
    "center": lambda o, a, k: o.center(*a, **k) if k else o.center(*a),
    "clear": lambda o, a, k: o.clear(*a, **k) if k else o.clear(*a),
    "copy": lambda o, a, k: o.copy(*a, **k) if k else o.copy(*a),
    "count": lambda o, a, k: o.count(*a, **k) if k else o.count(*a),
    "difference": lambda o, a, k: o.difference(*a, **k) if k else o.difference(*a),
    "difference_update": lambda o, a, k: o.difference_update(*a, **k) if k else o.difference_update(*a),
    "discard": lambda o, a, k: o.discard(*a, **k) if k else o.discard(*a),
    "encode": lambda o, a, k: o.encode(*a, **k) if k else o.encode(*a),
    "end": lambda o, a, k: o.end(*a, **k) if k else o.end(*a),
    "endswith": lambda o, a, k: o.endswith(*a, **k) if k else o.endswith(*a),
    "expand": lambda o, a, k: o.expand(*a, **k) if k else o.expand(*a),
    "expandtabs": lambda o, a, k: o.expandtabs(*a, **k) if k else o.expandtabs(*a),
    "extend": lambda o, a, k: o.extend(*a, **k) if k else o.extend(*a),
    "extendleft": lambda o, a, k: o.extendleft(*a, **k) if k else o.extendleft(*a),
    "find": lambda o, a, k: o.find(*a, **k) if k else o.find(*a),
    "findall": lambda o, a, k: o.findall(*a, **k) if k else o.findall(*a),
    "finditer": lambda o, a, k: o.finditer(*a, **k) if k else o.finditer(*a),
    "format": lambda o, a, k: o.format(*a, **k) if k else o.format(*a),
    "format_map": lambda o, a, k: o.format_map(*a, **k) if k else o.format_map(*a),
    "fromkeys": lambda o, a, k: o.fromkeys(*a, **k) if k else o.fromkeys(*a),
    "fullmatch": lambda o, a, k: o.fullmatch(*a, **k) if k else o.fullmatch(*a),
    "get": lambda o, a, k: o.get(*a, **k) if k else o.get(*a),
    "group": lambda o, a, k: o.group(*a, **k) if k else o.group(*a),
    "groupdict": lambda o, a, k: o.groupdict(*a, **k) if k else o.groupdict(*a),
    "groups": lambda o, a, k: o.groups(*a, **k) if k else o.groups(*a),
    "index": lambda o, a, k: o.index(*a, **k) if k else o.index(*a),
    "insert": lambda o, a, k: o.insert(*a, **k) if k else o.insert(*a),
    "intersection": lambda o, a, k: o.intersection(*a, **k) if k else o.intersection(*a),
    "intersection_update": lambda o, a, k: o.intersection_update(*a, **k) if k else o.intersection_update(*a),
    "isalnum": lambda o, a, k: o.isalnum(*a, **k) if k else o.isalnum(*a),
    "isalpha": lambda o, a, k: o.isalpha(*a, **k) if k else o.isalpha(*a),
    "isascii": lambda o, a, k: o.isascii(*a, **k) if k else o.isascii(*a),
    "isdecimal": lambda o, a, k: o.isdecimal(*a, **k) if k else o.isdecimal(*a),
    "isdigit": lambda o, a, k: o.isdigit(*a, **k) if k else o.isdigit(*a),
    "isdisjoint": lambda o, a, k: o.isdisjoint(*a, **k) if k else o.isdisjoint(*a),
    "isidentifier": lambda o, a, k: o.isidentifier(*a, **k) if k else o.isidentifier(*a),
    "islower": lambda o, a, k: o.islower(*a, **k) if k else o.islower(*a),
    "isnumeric": lambda o, a, k: o.isnumeric(*a, **k) if k else o.isnumeric(*a),
    "isprintable": lambda o, a, k: o.isprintable(*a, **k) if k else o.isprintable(*a),
    "isspace": lambda o, a, k: o.isspace(*a, **k) if k else o.isspace(*a),
    "issubset": lambda o, a, k: o.issubset(*a, **k) if k else o.issubset(*a),
    "issuperset": lambda o, a, k: o.issuperset(*a, **k) if k else o.issuperset(*a),
    "istitle": lambda o, a, k: o.istitle(*a, **k) if k else o.istitle(*a),
    "isupper": lambda o, a, k: o.isupper(*a, **k) if k else o.isupper(*a),
    "items": lambda o, a, k: o.items(*a, **k) if k else o.items(*a),
    "join": lambda o, a, k: o.join(*a, **k) if k else o.join(*a),
    "keys": lambda o, a, k: o.keys(*a, **k) if k else o.keys(*a),
    "ljust": lambda o, a, k: o.ljust(*a, **k) if k else o.ljust(*a),
    "lower": lambda o, a, k: o.lower(*a, **k) if k else o.lower(*a),
    "lstrip": lambda o, a, k: o.lstrip(*a, **k) if k else o.lstrip(*a),
    "maketrans": lambda o, a, k: o.maketrans(*a, **k) if k else o.maketrans(*a),
    "match": lambda o, a, k: o.match(*a, **k) if k else o.match(*a),
    "partition": lambda o, a, k: o.partition(*a, **k) if k else o.partition(*a),
    "pop": lambda o, a, k: o.pop(*a, **k) if k else o.pop(*a),
    "popitem": lambda o, a, k: o.popitem(*a, **k) if k else o.popitem(*a),
    "popleft": lambda o, a, k: o.popleft(*a, **k) if k else o.popleft(*a),
    "remove": lambda o, a, k: o.remove(*a, **k) if k else o.remove(*a),
    "removeprefix": lambda o, a, k: o.removeprefix(*a, **k) if k else o.removeprefix(*a),
    "removesuffix": lambda o, a, k: o.removesuffix(*a, **k) if k else o.removesuffix(*a),
    "replace": lambda o, a, k: o.replace(*a, **k) if k else o.replace(*a),
    "reverse": lambda o, a, k: o.reverse(*a, **k) if k else o.reverse(*a),
    "rfind": lambda o, a, k: o.rfind(*a, **k) if k else o.rfind(*a),
    "rindex": lambda o, a, k: o.rindex(*a, **k) if k else o.rindex(*a),
    "rjust": lambda o, a, k: o.rjust(*a, **k) if k else o.rjust(*a),
    "rotate": lambda o, a, k: o.rotate(*a, **k) if k else o.rotate(*a),
    "rpartition": lambda o, a, k: o.rpartition(*a, **k) if k else o.rpartition(*a),
    "rsplit": lambda o, a, k: o.rsplit(*a, **k) if k else o.rsplit(*a),
    "rstrip": lambda o, a, k: o.rstrip(*a, **k) if k else o.rstrip(*a),
    "scanner": lambda o, a, k: o.scanner(*a, **k) if k else o.scanner(*a),
    "search": lambda o, a, k: o.search(*a, **k) if k else o.search(*a),
    "setdefault": lambda o, a, k: o.setdefault(*a, **k) if k else o.setdefault(*a),
    "sort": lambda o, a, k: o.sort(*a, **k) if k else o.sort(*a),
    "span": lambda o, a, k: o.span(*a, **k) if k else o.span(*a),
    "split": lambda o, a, k: o.split(*a, **k) if k else o.split(*a),
    "splitlines": lambda o, a, k: o.splitlines(*a, **k) if k else o.splitlines(*a),
    "start": lambda o, a, k: o.start(*a, **k) if k else o.start(*a),
    "startswith": lambda o, a, k: o.startswith(*a, **k) if k else o.startswith(*a),
    "strip": lambda o, a, k: o.strip(*a, **k) if k else o.strip(*a),
    "sub": lambda o, a, k: o.sub(*a, **k) if k else o.sub(*a),
    "subn": lambda o, a, k: o.subn(*a, **k) if k else o.subn(*a),
    "swapcase": lambda o, a, k: o.swapcase(*a, **k) if k else o.swapcase(*a),
    "symmetric_difference": lambda o, a, k: o.symmetric_difference(*a, **k) if k else o.symmetric_difference(*a),
    "symmetric_difference_update": lambda o, a, k: o.symmetric_difference_update(*a, **k) if k else o.symmetric_difference_update(*a),
    "title": lambda o, a, k: o.title(*a, **k) if k else o.title(*a),
    "translate": lambda o, a, k: o.translate(*a, **k) if k else o.translate(*a),
    "union": lambda o, a, k: o.union(*a, **k) if k else o.union(*a),
    "update": lambda o, a, k: o.update(*a, **k) if k else o.update(*a),
    "upper": lambda o, a, k: o.upper(*a, **k) if k else o.upper(*a),
    "values": lambda o, a, k: o.values(*a, **k) if k else o.values(*a),
    "zfill": lambda o, a, k: o.zfill(*a, **k) if k else o.zfill(*a),
    # Special methods called by name on builtin values, which monty's lack:
    # the operation they stand for.
    "__contains__": lambda o, a, k: _one(a, k, "__contains__") in o,
    "__getitem__": lambda o, a, k: o[_one(a, k, "__getitem__")],
    "__hash__": lambda o, a, k: _none(a, k, "__hash__") or hash(o),
    "__iter__": lambda o, a, k: _none(a, k, "__iter__") or iter(o),
    "__len__": lambda o, a, k: _none(a, k, "__len__") or len(o),
    "__next__": lambda o, a, k: _none(a, k, "__next__") or next(o),
    "__repr__": lambda o, a, k: _none(a, k, "__repr__") or repr(o),
    "__str__": lambda o, a, k: _none(a, k, "__str__") or str(o),
}


def _one(args, kwargs, name):
    if kwargs or len(args) != 1:
        raise TypeError(f"expected 1 argument, got {len(args) + len(kwargs)}")
    return args[0]


def _none(args, kwargs, name):
    # Always None (so `or` goes on to the operation), after the check.
    if args or kwargs:
        raise TypeError(f"expected 0 arguments, got {len(args) + len(kwargs)}")
    return None


import re as _re

_PATTERN = type(_re.compile(""))


def bound(obj, name):
    # A compiled pattern's `groups` is its number of groups, not Match's
    # method.
    if name == "groups" and type(obj) is _PATTERN:
        return __codeact_mod__sandbox.pattern_groups(obj)[0]
    try:
        return getattr(obj, name)
    except AttributeError:
        caller = _CALLERS.get(name)
        if caller is None:
            raise
    # (Keywords passed only when given: monty counts an empty **kwargs as
    # an argument of a builtin method.)
    return lambda *args, **kwargs: caller(obj, args, kwargs)
