def curry(func, arity):
    def curried(*args):
        if len(args) >= arity:
            return func(*args[:arity])
        return lambda *more: curried(*args, *more)
    return curried


def volume(length, width, height):
    return length * width * height


cv = curry(volume, 3)
print(cv(2)(3)(4), cv(2, 3)(4), cv(2)(3, 4), cv(2, 3, 4))
by_two = cv(2)
base_six = by_two(3)
print([base_six(h) for h in range(1, 5)])

add = lambda a: lambda b: lambda c: a + b + c
print(add(1)(2)(3), add("a")("b")("c"))
greet = curry(lambda greeting, name: f"{greeting}, {name}!", 2)
hello = greet("Hello")
print(hello("World"), hello("Agent"), greet("Hi")("there"))
