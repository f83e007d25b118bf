readings = [("north", 120, 4), ("south", 90, 0), ("east", 75, 3), ("west", 0, 0)]

for station, total, count in readings:
    try:
        average = total / count
    except ZeroDivisionError as error:
        print(f"{station}: no samples ({error})")
        continue
    print(f"{station}: average {average:.2f}")

ratios = []
for a, b in [(1, 2), (3, 0), (5, 5)]:
    try:
        ratios.append(a / b)
    except ZeroDivisionError:
        ratios.append(float("nan"))
print(ratios)
for expr in [lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(5, 0)]:
    try:
        expr()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
