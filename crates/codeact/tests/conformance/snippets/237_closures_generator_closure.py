def make_fibonacci_stream(limit):
    def stream():
        a, b = 0, 1
        while a <= limit:
            yield a
            a, b = b, a + b
    return stream


small = make_fibonacci_stream(50)
print(list(small()))
print(sum(small()), max(small()))


def take(n, iterable):
    result = []
    for item in iterable:
        if len(result) == n:
            break
        result.append(item)
    return result


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


print(take(5, naturals()), take(3, naturals(10)))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens), take(2, evens))
