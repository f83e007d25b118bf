a = b = c = 0
a += 1
print(a, b, c)
lst1 = lst2 = []
lst1.append("shared")
print(lst2, lst1 is lst2)
x, y = 10, 20
x, y = y, x
print(x, y)
fib = [0, 1]
for _ in range(8):
    a, b = fib[-2], fib[-1]
    fib.append(a + b)
print(fib)
total = count = 0
for value in [4, 8, 15, 16, 23, 42]:
    total += value
    count += 1
print(total, count, total / count)
n = 7
n *= 3
n -= 1
n //= 4
n **= 2
n %= 7
print(n)
s = "ab"
s *= 3
s += "!"
print(s)
