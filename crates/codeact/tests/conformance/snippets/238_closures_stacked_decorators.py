import functools

call_log = []


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        call_log.append(f"{func.__name__}{args}")
        return func(*args)
    return wrapper


def uppercase(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args).upper()
    return wrapper


def exclaim(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args) + "!"
    return wrapper


@logged
@exclaim
@uppercase
def greet(name, greeting="hello"):
    return f"{greeting}, {name}"


print(greet("sam"))
print(greet("kim", "welcome"))
print(call_log, greet.__name__)
manual = exclaim(uppercase(lambda s: s))
print(manual("done"))
