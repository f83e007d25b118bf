temperatures = {"Mon": 31, "Tue": 18, "Wed": 24, "Thu": -2, "Fri": 9}

labels = {day: "hot" if t >= 30 else "warm" if t >= 20 else "mild" if t >= 10 else "cold" if t >= 0 else "freezing"
          for day, t in temperatures.items()}
print(labels)
clipped = [min(max(t, 0), 25) for t in temperatures.values()]
print(clipped)
signs = ["+" if t > 0 else "-" if t < 0 else "0" for t in temperatures.values()]
print("".join(signs))
scores = [88, None, 72, None, 95]
filled = [s if s is not None else 0 for s in scores]
print(filled, [s for s in scores if s is not None])
fizz = ["FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n) for n in range(1, 16)]
print(" ".join(fizz))
