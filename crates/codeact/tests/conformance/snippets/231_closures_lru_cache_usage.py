from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=128)
def ways_to_make(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways_to_make(amount - coins[0], coins) + ways_to_make(amount, coins[1:])


print(fib(90))
print([fib(n) for n in range(10)])
info = fib.cache_info()
print(info.hits, info.misses, info.currsize)
print("ways to make 100 cents:", ways_to_make(100, (50, 25, 10, 5, 1)))
print("ways to make 2 pounds:", ways_to_make(200, (200, 100, 50, 20, 10, 5, 2, 1)))
fib.cache_clear()
print(fib.cache_info().currsize, fib(30))
