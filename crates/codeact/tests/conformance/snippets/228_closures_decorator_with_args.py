import functools


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


def tag(name, **attrs):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            attributes = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{attributes}>{func(*args, **kwargs)}</{name}>"
        return wrapper
    return decorator


@repeat(3)
def roll(n):
    return n * 2


@tag("p", cls="note")
@tag("b")
def greeting(name):
    return f"Hello, {name}"


print(roll(4))
print(greeting("Ada"))
print(greeting.__name__)
