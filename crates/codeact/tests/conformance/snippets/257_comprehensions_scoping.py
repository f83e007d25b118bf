x = "outer"
values = [x for x in range(3)]
print(values, x)
total = 10
adjusted = [total + n for n in range(3)]
print(adjusted)
squares = {n: n * n for n in range(4)}
print(squares)
try:
    print(n)
except NameError as e:
    print("NameError:", e)
funcs = [lambda: x for x in range(3)]
print([f() for f in funcs], x)
gen = (total * k for k in range(3))
total = 100
print(list(gen))
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
try:
    print(i)
except NameError:
    print("i did not leak out of the comprehension")
