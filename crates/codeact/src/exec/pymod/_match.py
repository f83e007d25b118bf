# re.Match.lastindex and lastgroup, which monty 0.0.23's Match lacks (it
# has no `.re` either: the pattern is not at hand). The last group CPython
# closed is read from the spans: of the groups that matched, the one ending
# last, and of several ending there (nested: outer ones close after inner
# ones) the outermost. Where the spans cannot tell (an empty group ending
# with others, a group past the match in a lookahead, names that could sit
# at more than one index), a NotImplementedError says so.
def _refuse(what):
    raise NotImplementedError("re.Match." + what + " in the sandbox reads the groups' spans, which cannot tell the last group here; compare m.group(name) for each name instead")


def _is_match(m):
    return type(m).__name__ == "Match"


def lastindex(m):
    if not _is_match(m):
        return m.lastindex
    return _last(m, "lastindex")


def _last(m, what):
    tied = []
    best_end = -1
    for index in range(1, len(m.groups()) + 1):
        start, end = m.span(index)
        if start < 0:
            continue
        if end > m.end():
            _refuse(what)
        if end > best_end:
            best_end = end
            tied = [(start, index)]
        elif end == best_end:
            tied.append((start, index))
    if not tied:
        return None
    if len(tied) > 1:
        for start, index in tied:
            if start == best_end:
                _refuse(what)
    return min(tied)[1]


def lastgroup(m):
    if not _is_match(m):
        return m.lastgroup
    index = _last(m, "lastgroup")
    if index is None:
        return None
    return _name_at(m, index)


def _placements(m, what):
    # Where the named groups can sit: groupdict() lists them in index
    # order; the unnamed ones between are placed by the values. Each
    # placement is the index of every name, in order.
    names = list(m.groupdict())
    count = len(m.groups())
    if len(names) == count:
        return names, [list(range(1, count + 1))]
    values = [m.group(i) for i in range(1, count + 1)]
    found = []
    budget = [2000]

    def place(k, first, chosen):
        budget[0] -= 1
        if budget[0] < 0:
            _refuse(what)
        if k == len(names):
            found.append(list(chosen))
            return
        wanted = m.group(names[k])
        for i in range(first, count + 1 - (len(names) - k - 1)):
            if values[i - 1] == wanted:
                place(k + 1, i + 1, chosen + [i])

    place(0, 1, [])
    return names, found


def _name_at(m, index):
    # Every placement that fits must agree on the name at `index`.
    names, found = _placements(m, "lastgroup")
    answers = []
    for chosen in found:
        at = names[chosen.index(index)] if index in chosen else None
        if at not in answers:
            answers.append(at)
    if len(answers) != 1:
        _refuse("lastgroup")
    return answers[0]


def _index_of(m, name, what):
    # The index of the group named `name`: monty's start/end/span take only
    # numbers. Every placement that fits must agree on it.
    if type(name) is not str:
        return name
    names, found = _placements(m, what)
    if name not in names:
        raise IndexError("no such group")
    k = names.index(name)
    answers = []
    for chosen in found:
        if chosen[k] not in answers:
            answers.append(chosen[k])
    if len(answers) != 1:
        raise NotImplementedError("re.Match." + what + "() of a group name in the sandbox places the named groups by their values, which cannot tell this one; number the group, or use m.group(name)")
    return answers[0]


def start(m, group):
    if not _is_match(m):
        return m.start(group)
    return m.start(_index_of(m, group, "start"))


def end(m, group):
    if not _is_match(m):
        return m.end(group)
    return m.end(_index_of(m, group, "end"))


def span(m, group):
    if not _is_match(m):
        return m.span(group)
    return m.span(_index_of(m, group, "span"))


# `pattern.match(text, pos, endpos)` and the other methods taking a start
# and an end, which monty 0.0.23's Pattern refuses (one argument only):
# the pattern runs on the slice, and its match is wrapped in a Match that
# reads the spans at the string's offsets. Exact where the pattern cannot
# see what comes before the slice; `^`, `\A`, `\b`, `\B` and lookbehinds
# can, so with pos > 0 such a pattern is refused. (`$`, `\Z` and
# lookaheads see the end CPython's endpos makes, which the slice's is.)
def _sees_before(pattern):
    i = 0
    n = len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == "\\":
            if not in_class and i + 1 < n and pattern[i + 1] in "AbB":
                return True
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            # A `]` first in the class (after an optional `^`) is literal.
            if i + 1 < n and pattern[i + 1] == "^":
                i += 1
            if i + 1 < n and pattern[i + 1] == "]":
                i += 1
        elif c == "^":
            return True
        elif c == "(" and pattern[i + 1:i + 4] in ("?<=", "?<!"):
            return True
        i += 1
    return False


def _offset_match_class():
    class Match:
        def __init__(self, m, string, pos, endpos, pattern):
            self._m = m
            self.string = string
            self.pos = pos
            self.endpos = endpos
            self.re = pattern

        def _at(self, index):
            return index if index < 0 else index + self.pos

        def group(self, *groups):
            return self._m.group(*groups) if groups else self._m.group()

        def __getitem__(self, group):
            return self._m.group(group)

        # monty's groups() and groupdict() take no default.
        def groups(self, default=None):
            values = self._m.groups()
            if default is None:
                return values
            return tuple([default if v is None else v for v in values])

        def groupdict(self, default=None):
            values = self._m.groupdict()
            if default is None:
                return values
            return {k: (default if v is None else v) for k, v in values.items()}

        def start(self, group=0):
            return self._at(self._m.start(group))

        def end(self, group=0):
            return self._at(self._m.end(group))

        def span(self, group=0):
            start, end = self._m.span(group)
            return (self._at(start), self._at(end))

        def expand(self, template):
            return self._m.expand(template)

        def __repr__(self):
            return "<re.Match object; span=" + repr(self.span()) + ", match=" + repr(self.group()) + ">"
    return Match


_OffsetMatch = _offset_match_class()


def _call(p, method, text):
    if method == "match":
        return p.match(text)
    if method == "search":
        return p.search(text)
    if method == "fullmatch":
        return p.fullmatch(text)
    if method == "findall":
        return p.findall(text)
    return p.finditer(text)


def pattern_call(p, method, *args, **kwargs):
    """p.<method>(string, pos, endpos) for match, search, fullmatch,
    findall and finditer."""
    if type(p).__name__ != "Pattern":
        return getattr(p, method)(*args, **kwargs)
    names = ("string", "pos", "endpos")
    if len(args) > 3:
        raise TypeError("Pattern." + method + "() takes at most 3 arguments (" + str(len(args)) + " given)")
    values = {}
    for i in range(len(args)):
        values[names[i]] = args[i]
    for key in kwargs:
        if key not in names:
            raise TypeError("'" + key + "' is an invalid keyword argument for Pattern." + method + "()")
        if key in values:
            raise TypeError("argument for Pattern." + method + "() given by name ('" + key + "') and position (" + str(names.index(key) + 1) + ")")
        values[key] = kwargs[key]
    if "string" not in values:
        raise TypeError("Pattern." + method + "() missing required argument 'string' (pos 1)")
    string = values["string"]
    n = len(string)
    pos = min(max(values.get("pos", 0), 0), n)
    endpos = min(max(values.get("endpos", n), 0), n)
    if pos == 0 and endpos == n:
        return _call(p, method, string)
    if endpos < pos:
        if method == "findall":
            return []
        if method == "finditer":
            return iter([])
        return None
    if pos > 0 and _sees_before(p.pattern):
        raise NotImplementedError("Pattern." + method + "() with a start position runs the pattern on the string from there, and this pattern looks before it (^, \\A, \\b, \\B or a lookbehind); match a slice instead, or drop the anchor")
    found = _call(p, method, string[pos:endpos])
    if method == "findall":
        return found
    if method == "finditer":
        return iter([_OffsetMatch(m, string, pos, endpos, p) for m in found])
    if found is None:
        return None
    return _OffsetMatch(found, string, pos, endpos, p)


# m.groups(default) and m.groupdict(default): monty's take no argument.
def groups(m, default=None):
    if not _is_match(m):
        return m.groups(default)
    return tuple([default if v is None else v for v in m.groups()])


def groupdict(m, default=None):
    if not _is_match(m):
        return m.groupdict(default)
    return {k: (default if v is None else v) for k, v in m.groupdict().items()}
