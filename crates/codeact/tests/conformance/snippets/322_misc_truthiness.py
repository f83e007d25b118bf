samples = [0, 1, -1, 0.0, 0.1, "", " ", "0", "False", [], [0], {}, {"": None}, (), (None,), None, set(), range(0), range(1)]
for value in samples:
    print(f"{value!r:<12} -> {'truthy' if value else 'falsy'}")
print(bool(None) is False, not [], not not "x")
items = []
print("empty" if not items else "has items")
name = None
print(name or "anonymous", name is None, name == None)
count = 0
print(count or "zero", count is not None)
