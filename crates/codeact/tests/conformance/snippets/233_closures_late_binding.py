handlers_wrong = [lambda: i * 10 for i in range(4)]
handlers_right = [lambda i=i: i * 10 for i in range(4)]
print([h() for h in handlers_wrong])
print([h() for h in handlers_right])


def make_handlers(names):
    handlers = {}
    for name in names:
        def handler(payload, name=name):
            return f"{name} handled {payload}"
        handlers[name] = handler
    return handlers


hs = make_handlers(["create", "update", "delete"])
print(hs["update"]("record 7"), "|", hs["create"]("record 8"))

funcs = []
for x in range(3):
    def show(x=x):
        return f"x={x}"
    funcs.append(show)
print([f() for f in funcs])
adders = [(lambda n: lambda v: v + n)(n) for n in (1, 5, 10)]
print([add(100) for add in adders])
