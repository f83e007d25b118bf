import functools


def validate_types(**expected):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for name, kind in expected.items():
                if name in kwargs and not isinstance(kwargs[name], kind):
                    raise TypeError(f"{func.__name__}: {name} must be {kind.__name__}, got {type(kwargs[name]).__name__}")
            return func(**kwargs)
        return wrapper
    return decorator


@validate_types(name=str, age=int, score=float)
def register(name, age, score=0.0):
    return f"{name} ({age}) score={score}"


print(register(name="Liu", age=30, score=88.5))
for bad in [dict(name="Liu", age="30"), dict(name=7, age=30), dict(name="Liu", age=30, score=90)]:
    try:
        print(register(**bad))
    except TypeError as e:
        print("TypeError:", e)
