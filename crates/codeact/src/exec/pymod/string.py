whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))

def _is_ident_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")

def _is_ident_char(c):
    return _is_ident_start(c) or ("0" <= c <= "9")

def _invalid(template, i):
    pieces = []
    start = 0
    for index in range(i):
        if template[index] == "\n":
            pieces.append(template[start:index + 1])
            start = index + 1
    if start < i:
        pieces.append(template[start:i])
    if not pieces:
        line = 1
        col = 1
    else:
        line = len(pieces)
        col = i - sum(len(piece) for piece in pieces[:-1])
    raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")

def _render(template, lookup, safe):
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and template[i + 1] == "$":
            out.append("$")
            i += 2
            continue
        j = i + 1
        braced = j < n and template[j] == "{"
        if braced:
            j += 1
        k = j
        if k < n and _is_ident_start(template[k]):
            k += 1
            while k < n and _is_ident_char(template[k]):
                k += 1
        name = template[j:k]
        if not name or (braced and (k >= n or template[k] != "}")):
            if safe:
                out.append("$")
                i += 1
                continue
            _invalid(template, i + 1)
        end = k + 1 if braced else k
        if safe:
            try:
                out.append(str(lookup(name)))
            except KeyError:
                out.append(template[i:end])
        else:
            out.append(str(lookup(name)))
        i = end
    return "".join(out)

class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _lookup(self, mapping, kws):
        def lookup(name):
            if name in kws:
                return kws[name]
            return mapping[name]
        return lookup

    def substitute(self, mapping=None, **kws):
        return _render(self.template, self._lookup({} if mapping is None else mapping, kws), False)

    def safe_substitute(self, mapping=None, **kws):
        return _render(self.template, self._lookup({} if mapping is None else mapping, kws), True)

    def is_valid(self):
        try:
            _render(self.template, lambda name: "", False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        found = []
        def collect(name):
            if name not in found:
                found.append(name)
            return ""
        _render(self.template, collect, True)
        return found
