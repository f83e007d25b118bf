cache = {"users": [1, 2, 3], "orders": [10, 11], "temp": "scratch", "session": "abc"}
del cache["temp"]
print(cache)
queue = ["a", "b", "c", "d", "e", "f"]
del queue[0]
print(queue)
del queue[1:3]
print(queue)
del queue[::2]
print(queue)
temporary = 42
del temporary
try:
    print(temporary)
except NameError as e:
    print("NameError:", e)
try:
    del cache["missing"]
except KeyError as e:
    print("KeyError:", e)
a, b, c = 1, 2, 3
del a, c
print(b, sorted(k for k in cache))


class Record:
    def __init__(self):
        self.id = 1
        self.secret = "x"


r = Record()
del r.secret
print(hasattr(r, "secret"), r.id)
