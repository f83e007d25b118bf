# str.format in sessions whose classes define __format__, which monty
# 0.0.23's str.format never calls: the template is read as CPython's
# reads it (auto and manual numbering, `.attr` and `[key]` chains, `!r`
# `!s` `!a`, specs with nested fields) and each value is formatted by the
# `_format` module, which calls a class's __format__. Attribute names
# starting with `_` stay out of reach, as the sandbox's check keeps them.
def str_format(template, *args, **kwargs):
    if type(template) is not str:
        return template.format(*args, **kwargs)
    return _render(template, args, kwargs, [0, None], 2)


def _render(template, args, kwargs, numbering, depth):
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c == "{":
            if i + 1 < n and template[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            j = i + 1
            level = 1
            while j < n:
                if template[j] == "{":
                    level += 1
                elif template[j] == "}":
                    level -= 1
                    if level == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            out.append(_field(template[i + 1:j], args, kwargs, numbering, depth))
            i = j + 1
        elif c == "}":
            if i + 1 < n and template[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _field(text, args, kwargs, numbering, depth):
    k = 0
    in_key = False
    while k < len(text):
        ch = text[k]
        if ch == "[":
            in_key = True
        elif ch == "]":
            in_key = False
        elif not in_key and (ch == "!" or ch == ":"):
            break
        k += 1
    name = text[:k]
    rest = text[k:]
    conversion = None
    spec = ""
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    if rest.startswith(":"):
        spec = rest[1:]
    if "{" in spec:
        if depth <= 0:
            raise ValueError("Max string recursion exceeded")
        spec = _render(spec, args, kwargs, numbering, depth - 1)
    value = _lookup(name, args, kwargs, numbering)
    if conversion == "r":
        value = repr(value)
    elif conversion == "s":
        value = str(value)
    elif conversion == "a":
        value = __codeact_mod__sandbox.ascii(value)
    elif conversion is not None:
        raise ValueError("Unknown conversion specifier " + conversion)
    return __codeact_mod__format.formatted(value, spec)


def _lookup(name, args, kwargs, numbering):
    k = 0
    while k < len(name) and name[k] != "." and name[k] != "[":
        k += 1
    first = name[:k]
    if first == "":
        if numbering[1] == "manual":
            raise ValueError("cannot switch from manual field specification to automatic field numbering")
        numbering[1] = "auto"
        index = numbering[0]
        numbering[0] += 1
        value = _positional(args, index)
    elif first.isdigit():
        if numbering[1] == "auto":
            raise ValueError("cannot switch from automatic field numbering to manual field specification")
        numbering[1] = "manual"
        value = _positional(args, int(first))
    else:
        if first not in kwargs:
            raise KeyError(first)
        value = kwargs[first]
    rest = name[k:]
    while rest:
        if rest[0] == ".":
            k = 1
            while k < len(rest) and rest[k] != "." and rest[k] != "[":
                k += 1
            attribute = rest[1:k]
            if attribute == "":
                raise ValueError("Empty attribute in format string")
            if attribute.startswith("_"):
                raise AttributeError("access to '" + attribute + "' is not allowed in the sandbox")
            value = _attribute(value, attribute)
            rest = rest[k:]
        else:
            close = rest.find("]")
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = rest[1:close]
            if key == "":
                raise ValueError("Empty attribute in format string")
            value = value[int(key)] if key.isdigit() else value[key]
            rest = rest[close + 1:]
            if rest and rest[0] != "." and rest[0] != "[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return value


def _positional(args, index):
    if index >= len(args):
        raise IndexError("Replacement index " + str(index) + " out of range for positional args tuple")
    return args[index]


def _attribute(value, name):
    try:
        return getattr(value, name)
    except AttributeError as error:
        if not __codeact_mod__attrs.has(value, name):
            raise error
        return __codeact_mod__attrs.get(value, name)
