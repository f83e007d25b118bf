def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(i) for i in range(15)])
f100 = fib(100)
print("fib(100) =", f100)
print("digits in fib(1000):", len(str(fib(1000))))
print("fib(300) mod 1e9+7:", fib(300) % 1_000_000_007)
first_above = next(i for i in range(1000) if fib(i) > 10**20)
print("first fib above 10**20 is index", first_above)
ratio = fib(31) / fib(30)
print(f"golden ratio approx {ratio:.12f}")
even_sum = sum(x for x in (fib(i) for i in range(100)) if x % 2 == 0 and x < 4_000_000)
print("sum of even fibs below 4 million:", even_sum)
