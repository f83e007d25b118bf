def _atomic(x):
    kind = type(x)
    return x is None or kind in (int, float, bool, str, bytes, range, type, frozenset) or kind.__name__ in ("function", "builtin_function_or_method", "type")

def copy(x):
    kind = type(x)
    if kind is list or kind is set or kind is dict:
        return x.copy()
    if kind is tuple or _atomic(x):
        return x
    if kind.__name__ in ("defaultdict", "Counter", "deque"):
        return x.copy()
    raise NotImplementedError(f"copy.copy() of '{kind.__name__}' objects is not available in the sandbox; build the copy explicitly")

def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    kind = type(x)
    if kind is list:
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
        return result
    if kind is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        same = True
        for a, b in zip(items, x):
            if a is not b:
                same = False
        result = x if same else tuple(items)
        memo[key] = result
        return result
    if kind is dict or kind.__name__ in ("defaultdict", "Counter"):
        result = x.copy()
        result.clear()
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
        return result
    if kind is set:
        result = set()
        memo[key] = result
        for item in x:
            result.add(deepcopy(item, memo))
        return result
    if _atomic(x):
        return x
    raise NotImplementedError(f"copy.deepcopy() of '{kind.__name__}' objects is not available in the sandbox; build the copy explicitly")
