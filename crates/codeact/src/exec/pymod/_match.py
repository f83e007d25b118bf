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
