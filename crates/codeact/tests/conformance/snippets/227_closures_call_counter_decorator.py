import functools


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@count_calls
def fetch_price(symbol):
    prices = {"AAPL": 189.5, "MSFT": 410.2}
    return prices.get(symbol)


@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for symbol in ["AAPL", "MSFT", "GOOG", "AAPL"]:
    print(symbol, fetch_price(symbol))
print("fetch_price called", fetch_price.calls, "times")
print(fib(15), "fib calls:", fib.calls)
print(fetch_price.__name__, fib.__name__)
