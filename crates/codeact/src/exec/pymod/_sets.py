# The order CPython 3.11 iterates a set in. monty 0.0.23 keeps a set's
# insertion order, so `print({3, 1, 2})` showed {3, 1, 2} where CPython
# shows {1, 2, 3}: a silent wrong answer. CPython's order is the order of
# the slots of its hash table, which follows from the elements' hashes and
# the order they went in. Where every element's hash is one CPython
# computes the same in every run (ints, bools, floats, tuples of these),
# the table is rebuilt here the way CPython builds it, inserting in the
# set's insertion order; a set of str, bytes or None keeps its order, as
# CPython's own differs from run to run (randomized hashes).
#
# The rebuild matches CPython for a set built by adding (a literal, set()
# of a list, a comprehension, .add): removals and set operations can leave
# CPython's table in a state a fresh build does not reproduce.

_MODULUS = (1 << 61) - 1
_MASK64 = (1 << 64) - 1
_INF = float("inf")
_XXPRIME_1 = 11400714785074694791
_XXPRIME_2 = 14029467366897019727
_XXPRIME_5 = 2870177450012600261


def _int_hash(value):
    if 0 <= value < _MODULUS:
        return value
    digest = abs(value) % _MODULUS
    if value < 0:
        digest = -digest
    if digest == -1:
        return -2
    return digest


def _frexp(value):
    # math.frexp without the math module: value = mantissa * 2**exponent
    # with 0.5 <= |mantissa| < 1 (value finite and not zero).
    exponent = 0
    magnitude = -value if value < 0 else value
    while magnitude >= 1.0:
        magnitude /= 2.0
        exponent += 1
    while magnitude < 0.5:
        magnitude *= 2.0
        exponent -= 1
    return (-magnitude if value < 0 else magnitude), exponent


def _float_hash(value):
    if value != value:
        return None
    if value == _INF:
        return 314159
    if value == -_INF:
        return -314159
    if value == int(value):
        return _int_hash(int(value))
    mantissa, exponent = _frexp(value)
    sign = 1
    if mantissa < 0:
        sign = -1
        mantissa = -mantissa
    digest = 0
    while mantissa:
        digest = ((digest << 28) & _MODULUS) | digest >> 33
        mantissa *= 268435456.0
        exponent -= 28
        whole = int(mantissa)
        mantissa -= whole
        digest += whole
        if digest >= _MODULUS:
            digest -= _MODULUS
    if exponent >= 0:
        exponent = exponent % 61
    else:
        exponent = 60 - ((-1 - exponent) % 61)
    digest = ((digest << exponent) & _MODULUS) | digest >> (61 - exponent)
    digest = digest * sign
    if digest == -1:
        return -2
    return digest


def _tuple_hash(items):
    acc = _XXPRIME_5
    for item in items:
        lane = _hash(item)
        if lane is None:
            return None
        acc = (acc + (lane & _MASK64) * _XXPRIME_2) & _MASK64
        acc = ((acc << 31) | (acc >> 33)) & _MASK64
        acc = (acc * _XXPRIME_1) & _MASK64
    acc = (acc + (len(items) ^ (_XXPRIME_5 ^ 3527539))) & _MASK64
    if acc == _MASK64:
        return 1546275796
    if acc >= 1 << 63:
        return acc - (1 << 64)
    return acc


def _hash(value):
    kind = type(value)
    if kind is int:
        return _int_hash(value)
    if kind is bool:
        return 1 if value else 0
    if kind is float:
        return _float_hash(value)
    if kind is tuple:
        return _tuple_hash(value)
    if kind is str or kind is bytes or value is None:
        # Salted per run in CPython (None by address): no order to match.
        return None
    # An instance of a class of the code: CPython takes what its __hash__
    # returns, reduced as an int's hash only past 64 bits (the default
    # hash is by address, so any order is one CPython could show).
    digest = hash(value)
    if -9223372036854775808 <= digest < 9223372036854775808:
        return -2 if digest == -1 else digest
    return _int_hash(digest)


_DUMMY = []  # marks a removed element's slot; a list is never an element


def _new_table():
    # [mask, fill (active + dummy slots), used (active), slots, hashes]
    return [7, 0, 0, [None] * 8, [0] * 8]


def _insert_clean(table, element, digest):
    # set_insert_clean: the first free slot of the probe sequence (runs of
    # 10 linear slots where they fit, then perturbed jumps).
    mask = table[0]
    slots = table[3]
    perturb = digest & _MASK64
    slot = digest & mask
    while True:
        if slots[slot] is None:
            break
        if slot + 9 <= mask:
            found = False
            for probe in range(slot + 1, slot + 10):
                if slots[probe] is None:
                    slot = probe
                    found = True
                    break
            if found:
                break
        perturb >>= 5
        slot = (slot * 5 + 1 + perturb) & mask
    slots[slot] = element
    table[4][slot] = digest
    table[1] += 1
    table[2] += 1


def _resize(table, wanted):
    size = 8
    while size <= wanted:
        size <<= 1
    old_slots = table[3]
    old_hashes = table[4]
    table[0] = size - 1
    table[1] = 0
    table[2] = 0
    table[3] = [None] * size
    table[4] = [0] * size
    for slot in range(len(old_slots)):
        element = old_slots[slot]
        if element is not None and element is not _DUMMY:
            _insert_clean(table, element, old_hashes[slot])


def _add(table, element, digest):
    # set_add_entry for an element known to be absent: the first free slot
    # of the probe sequence, or the last dummy passed on the way there.
    mask = table[0]
    slots = table[3]
    perturb = digest & _MASK64
    slot = digest & mask
    free = -1
    while True:
        probes = 9 if slot + 9 <= mask else 0
        probe = slot
        while True:
            current = slots[probe]
            if current is None:
                if free >= 0:
                    slots[free] = element
                    table[4][free] = digest
                    table[2] += 1
                    return
                slots[probe] = element
                table[4][probe] = digest
                table[1] += 1
                table[2] += 1
                if table[1] * 5 >= mask * 3:
                    _resize(table, table[2] * 2 if table[2] > 50000 else table[2] * 4)
                return
            if current is _DUMMY:
                free = probe
            if probes == 0:
                break
            probes -= 1
            probe += 1
        perturb >>= 5
        slot = (slot * 5 + 1 + perturb) & mask


def _find(table, element, digest):
    # The slot holding `element`, found along its probe sequence, or -1.
    mask = table[0]
    slots = table[3]
    hashes = table[4]
    perturb = digest & _MASK64
    slot = digest & mask
    while True:
        probes = 9 if slot + 9 <= mask else 0
        probe = slot
        while True:
            current = slots[probe]
            if current is None:
                return -1
            if current is not _DUMMY and hashes[probe] == digest and current == element:
                return probe
            if probes == 0:
                break
            probes -= 1
            probe += 1
        perturb >>= 5
        slot = (slot * 5 + 1 + perturb) & mask


def _discard(table, element, digest):
    slot = _find(table, element, digest)
    if slot >= 0:
        table[3][slot] = _DUMMY
        table[4][slot] = -1
        table[2] -= 1


def _merge(table, other):
    # set_merge: one resize up front, then a copy of the other's slots when
    # both tables are alike and this one is empty, else insertions.
    if other[2] == 0:
        return
    if (table[1] + other[2]) * 5 >= table[0] * 3:
        _resize(table, (table[2] + other[2]) * 2)
    other_slots = other[3]
    other_hashes = other[4]
    if table[1] == 0 and table[0] == other[0] and other[1] == other[2]:
        table[3] = list(other_slots)
        table[4] = list(other_hashes)
        table[1] = other[1]
        table[2] = other[2]
        return
    if table[1] == 0:
        for slot in range(len(other_slots)):
            element = other_slots[slot]
            if element is not None and element is not _DUMMY:
                _insert_clean(table, element, other_hashes[slot])
        return
    for slot in range(len(other_slots)):
        element = other_slots[slot]
        if element is not None and element is not _DUMMY and _find(table, element, other_hashes[slot]) < 0:
            _add(table, element, other_hashes[slot])


def _elements(table):
    return [element for element in table[3] if element is not None and element is not _DUMMY]


def _copy(other):
    table = _new_table()
    _merge(table, other)
    return table


def _built(elements):
    # A table built by adding `elements` one by one, or None when one of
    # them has no run-independent hash.
    table = _new_table()
    for element in elements:
        digest = _hash(element)
        if digest is None:
            return None
        _add(table, element, digest)
    return table


# Tables of the sets built where a fresh build in insertion order would
# not reproduce CPython's (literals, set operations, copies), by id; each
# entry keeps its set alive, so the id stays that set's. Bounded: a set
# evicted falls back to the fresh build.
_TABLES = {}
_KEEP = 256
_KEEP_ELEMENTS = 10000
# Laying out a set costs a few microseconds per element; past this size a
# set keeps monty's order rather than stall the block.
_LAYOUT_LIMIT = 100000


def _is_set(value):
    kind = type(value)
    return kind is set or kind is frozenset


def _register(value, table):
    if table is None or len(value) > _KEEP_ELEMENTS:
        return
    if len(_TABLES) >= _KEEP:
        for key in list(_TABLES)[: _KEEP // 2]:
            _TABLES.pop(key)
    _TABLES[id(value)] = [value, table]


def _table(value):
    # CPython's table for the set `value` (registered, brought up to date
    # with the elements removed and added since), or a fresh build.
    entry = _TABLES.get(id(value))
    if entry is None or entry[0] is not value:
        return _built(list(value))
    table = entry[1]
    known = _elements(table)
    if table[2] == len(value) and all(element in value for element in known):
        return table
    table = [table[0], table[1], table[2], list(table[3]), list(table[4])]
    kept = set()
    for element in known:
        if element in value:
            kept.add(element)
        else:
            _discard(table, element, _hash(element))
    for element in value:
        if element not in kept:
            digest = _hash(element)
            if digest is None:
                return None
            _add(table, element, digest)
    entry[1] = table
    return table


class _Walk:
    # An iterator over a set's elements in CPython's order that stops with
    # CPython's RuntimeError once the set changes size, as a set's own does
    # (a copy would walk on silently).
    def __init__(self, source, items):
        self._source = source
        self._items = items
        self._size = len(source)
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._size < 0 or len(self._source) != self._size:
            self._size = -1
            raise RuntimeError("Set changed size during iteration")
        if self._index >= len(self._items):
            raise StopIteration
        item = self._items[self._index]
        self._index += 1
        return item


def order(value):
    """An iterator over a set's elements in CPython's order; anything else,
    or a set whose order CPython does not fix, as it is."""
    if not _is_set(value) or len(value) < 2 or len(value) > _LAYOUT_LIMIT:
        return value
    table = _table(value)
    if table is None:
        return value
    return _Walk(value, _elements(table))


def literal(value):
    """A set written as a literal of three or more constants: CPython 3.11
    builds a frozenset constant (twice) and copies it into the set."""
    table = _built(list(value))
    if table is not None:
        table = _built(_elements(table))
        if table is not None:
            _register(value, _copy(table))
    return value


def copied(value, source):
    """`value` = set(source) or frozenset(source)."""
    if _is_set(source):
        table = _table(source)
        if table is not None:
            _register(value, _copy(table))
    elif type(source) is dict:
        table = _new_table()
        if len(source) * 5 >= table[0] * 3:
            _resize(table, len(source) * 2)
        for key in source:
            digest = _hash(key)
            if digest is None:
                return value
            _add(table, key, digest)
        _register(value, table)
    return value


def _intersection(left, right):
    # set_intersection walks the smaller set (the right one on a tie).
    walked, other = (left, right) if len(right) > len(left) else (right, left)
    walked_table = _table(walked)
    if walked_table is None:
        return None
    table = _new_table()
    hashes = walked_table[4]
    slots = walked_table[3]
    for slot in range(len(slots)):
        element = slots[slot]
        if element is not None and element is not _DUMMY and element in other:
            _add(table, element, hashes[slot])
    return table


def _difference(left, right):
    left_table = _table(left)
    if left_table is None:
        return None
    if (len(left) >> 2) > len(right):
        # set_copy_and_difference.
        return _discard_all(_copy(left_table), [e for e in right if e in left])
    table = _new_table()
    hashes = left_table[4]
    slots = left_table[3]
    for slot in range(len(slots)):
        element = slots[slot]
        if element is not None and element is not _DUMMY and element not in right:
            _add(table, element, hashes[slot])
    return table


def _symmetric_update(table, other_table):
    hashes = other_table[4]
    slots = other_table[3]
    for slot in range(len(slots)):
        element = slots[slot]
        if element is not None and element is not _DUMMY:
            if _find(table, element, hashes[slot]) >= 0:
                _discard(table, element, hashes[slot])
            else:
                _add(table, element, hashes[slot])


# The table of each operation's result, as CPython builds it; None where
# an operand's order is not CPython's to fix. `fresh`: a new set (copied
# from the first operand), else the first operand's own table, updated in
# place (`|=`, `^=`).
def _union_table(left, right, fresh):
    table = _table(left)
    other = _table(right)
    if table is None or other is None:
        return None
    if fresh:
        table = _copy(table)
    _merge(table, other)
    return table


def _symmetric_table(base, other, fresh):
    table = _table(base)
    other_table = _table(other)
    if table is None or other_table is None:
        return None
    if fresh:
        table = _copy(table)
    _symmetric_update(table, other_table)
    return table


def _discarded_table(left, right):
    # set_difference_update: the elements of `right` discarded in place.
    table = _table(left)
    if table is not None:
        _discard_all(table, [element for element in right if element in left])
    return table


def _discard_all(table, elements):
    # set_difference_update_internal: each discarded in place, then the
    # dummies resized away once they pass a quarter of the table.
    for element in elements:
        digest = _hash(element)
        if digest is not None:
            _discard(table, element, digest)
    if table[1] - table[2] > table[0] // 4:
        _resize(table, table[2] * 2 if table[2] > 50000 else table[2] * 4)
    return table


def _binary(result, left, right, model):
    if _is_set(left) and _is_set(right):
        _register(result, model())
    return result


def union(left, right):
    """left | right (two dicts merge into a new one: monty refuses `|`)."""
    if type(left) is dict and type(right) is dict:
        merged = dict(left)
        merged.update(right)
        return merged
    return _binary(left | right, left, right, lambda: _union_table(left, right, True))


def intersection(left, right):
    """left & right."""
    return _binary(left & right, left, right, lambda: _intersection(left, right))


def difference(left, right):
    """left - right."""
    return _binary(left - right, left, right, lambda: _difference(left, right))


def symmetric_difference(left, right):
    """left ^ right: a copy of the right operand updated with the left."""
    return _binary(left ^ right, left, right, lambda: _symmetric_table(right, left, True))


def _holds_set(value, depth):
    kind = type(value)
    if kind is set or kind is frozenset:
        return True
    if depth > 3:
        return False
    if kind is list or kind is tuple:
        for item in value:
            if _holds_set(item, depth + 1):
                return True
    elif kind is dict:
        for key in value:
            if _holds_set(key, depth + 1) or _holds_set(value[key], depth + 1):
                return True
    return False


def _repr(value, depth):
    kind = type(value)
    if depth > 20:
        return repr(value)
    if kind is set or kind is frozenset:
        if not value:
            return "set()" if kind is set else "frozenset()"
        inner = ", ".join([_repr(item, depth + 1) for item in order(value)])
        return "{" + inner + "}" if kind is set else "frozenset({" + inner + "})"
    if kind is list:
        return "[" + ", ".join([_repr(item, depth + 1) for item in value]) + "]"
    if kind is tuple:
        if len(value) == 1:
            return "(" + _repr(value[0], depth + 1) + ",)"
        return "(" + ", ".join([_repr(item, depth + 1) for item in value]) + ")"
    if kind is dict:
        pairs = [_repr(key, depth + 1) + ": " + _repr(value[key], depth + 1) for key in value]
        return "{" + ", ".join(pairs) + "}"
    return repr(value)


def _shows_set(value):
    kind = type(value)
    return kind is set or kind is frozenset or ((kind is list or kind is tuple or kind is dict) and _holds_set(value, 0))


def show(value):
    """What print() and str() take: the text of a set (or of a list, tuple
    or dict holding one) in CPython's order, anything else as it is."""
    return _repr(value, 0) if _shows_set(value) else value


def rep(value):
    """repr() with sets in CPython's order."""
    return _repr(value, 0) if _shows_set(value) else repr(value)


# The in-place operators: a set's table is modelled before the operator
# changes the set (`model`), a frozenset's `op=` makes a new one (`binary`),
# anything else takes the operator as written (`apply`). monty's `|=` and
# the rest on a set make a new set, where CPython's change the set itself
# (seen through every other name for it): the appliers change it in place.
def _in_place(left, right, model, apply, binary):
    if type(left) is set and _is_set(right):
        table = model()
        apply(left, right)
        _register(left, table)
        return left
    if type(left) is frozenset and _is_set(right):
        return binary(left, right)
    return apply(left, right)


def _or_in_place(left, right):
    if type(left) is set and _is_set(right):
        left.update(right)
        return left
    left |= right
    return left


def _and_in_place(left, right):
    if type(left) is set and _is_set(right):
        kept = left & right
        left.clear()
        left.update(kept)
        return left
    left &= right
    return left


def _sub_in_place(left, right):
    if type(left) is set and _is_set(right):
        for element in list(right):
            left.discard(element)
        return left
    left -= right
    return left


def _xor_in_place(left, right):
    if type(left) is set and _is_set(right):
        for element in list(right):
            if element in left:
                left.discard(element)
            else:
                left.add(element)
        return left
    left ^= right
    return left


def union_in_place(left, right):
    """left |= right (a dict is updated in place too)."""
    if type(left) is dict:
        left.update(right)
        return left
    return _in_place(left, right, lambda: _union_table(left, right, False), _or_in_place, union)


def intersection_update(left, right):
    """left &= right."""
    return _in_place(left, right, lambda: _intersection(left, right), _and_in_place, intersection)


def difference_update(left, right):
    """left -= right."""
    return _in_place(left, right, lambda: _discarded_table(left, right), _sub_in_place, difference)


def symmetric_difference_update(left, right):
    """left ^= right."""
    return _in_place(left, right, lambda: _symmetric_table(left, right, False), _xor_in_place, symmetric_difference)


def set_of(source):
    """set(source)."""
    return copied(set(source), source)


def frozenset_of(source):
    """frozenset(source)."""
    return copied(frozenset(source), source)


def copy_of(value):
    """value.copy()."""
    result = value.copy()
    if _is_set(value) and result is not value:
        table = _table(value)
        if table is not None:
            _register(result, _copy(table))
    return result


_UPDATES = {"update": union_in_place, "difference_update": difference_update, "intersection_update": intersection_update, "symmetric_difference_update": symmetric_difference_update}


def update_method(value, name, *others):
    """value.update(a, b) and the other in-place methods, which monty's
    sets lack (or, for update, take one argument in): each other in turn,
    as CPython's take any iterables."""
    if type(value) is not set:
        return getattr(value, name)(*others)
    if name == "symmetric_difference_update" and len(others) != 1:
        raise TypeError("set.symmetric_difference_update() takes exactly one argument (" + str(len(others)) + " given)")
    for other in others:
        _UPDATES[name](value, other if _is_set(other) else set(other))
    return None


_BINARY = {"union": union, "intersection": intersection, "difference": difference, "symmetric_difference": symmetric_difference}


def binary_method(value, name, *others):
    """value.union(other) and the like: the operator's table for two sets,
    the method itself for anything else. Several others, or others that
    are not sets (monty's methods take one set), as CPython's set_union,
    set_intersection_multi and set_difference_multi take them."""
    if value is set or value is frozenset:
        # The method taken from the class: `set.intersection(a, b)`.
        if not others:
            raise TypeError("unbound method " + value.__name__ + "." + name + "() needs an argument")
        if not _is_set(others[0]):
            raise TypeError("descriptor '" + name + "' for '" + value.__name__ + "' objects doesn't apply to a '" + type(others[0]).__name__ + "' object")
        return binary_method(others[0], name, *others[1:])
    if not _is_set(value):
        return getattr(value, name)(*others)
    if len(others) == 1 and _is_set(others[0]):
        return _BINARY[name](value, others[0])
    if name == "symmetric_difference":
        if len(others) != 1:
            raise TypeError("set.symmetric_difference() takes exactly one argument (" + str(len(others)) + " given)")
        return _BINARY[name](value, set(others[0]))
    # Each other walked once (it may be an iterator).
    others = [other if _is_set(other) else list(other) for other in others]
    if name == "intersection":
        result = value
        for other in others:
            if _is_set(other):
                result = _BINARY[name](result, other)
            else:
                walked = result
                result = set(element for element in other if element in walked)
                _register(result, _walked_table(walked, other, "intersection"))
        if result is value:
            result = copy_of(value)
        return result
    if name == "union":
        result = set(value)
        for other in others:
            for element in other:
                result.add(element)
        table = _table(value)
        if table is not None:
            table = _copy(table)
            for other in others:
                table = _updated(table, other)
                if table is None:
                    break
        _register(result, table)
        return _frozen_like(value, result)
    # difference: the first other as set_difference, the rest discarded.
    if not others:
        return copy_of(value)
    first = others[0]
    if _is_set(first):
        result = _BINARY[name](value, first)
        table = _table(result)
    else:
        # set_copy_and_difference.
        result = set(element for element in value if element not in first)
        table = _table(value)
        if table is not None:
            table = _discard_all(_copy(table), [e for e in first if e in value])
    for other in others[1:]:
        # In place on the new set's table, as CPython discards from it.
        if table is not None:
            table = _discard_all(table, [e for e in other if e in result])
        result = set(element for element in result if element not in other)
    _register(result, table)
    return _frozen_like(value, result)


def _frozen_like(value, result):
    # A frozenset's methods answer frozensets.
    if type(value) is frozenset:
        frozen = frozenset(result)
        _register(frozen, _table(result))
        return frozen
    return result


def _updated(table, other):
    # set_update_internal of `table` with a set or a list, in place; None
    # when an element has no run-independent hash.
    if _is_set(other):
        other_table = _table(other)
        if other_table is None:
            return None
        _merge(table, other_table)
        return table
    present = set(_elements(table))
    for element in other:
        if element not in present:
            digest = _hash(element)
            if digest is None:
                return None
            _add(table, element, digest)
            present.add(element)
    return table


def _walked_table(value, other, name):
    # CPython's table for value.intersection(other), `other` a list walked
    # in its order.
    table = _table(value)
    if table is None:
        return None
    result = _new_table()
    added = set()
    for element in other:
        if element in value and element not in added:
            digest = _hash(element)
            if digest is None:
                return None
            _add(result, element, digest)
            added.add(element)
    return result
