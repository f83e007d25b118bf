for n in range(1, 16):
    if n % 15 == 0:
        print("FizzBuzz")
    elif n % 3 == 0:
        print("Fizz")
    elif n % 5 == 0:
        print("Buzz")
    else:
        print(n)

rules = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]
line = []
for n in range(95, 106):
    word = "".join(label for divisor, label in rules if n % divisor == 0)
    line.append(word or str(n))
print(" ".join(line))
print(sum(n for n in range(1, 1000) if n % 3 == 0 or n % 5 == 0))
