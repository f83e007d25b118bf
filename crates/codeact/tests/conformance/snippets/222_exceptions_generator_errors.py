def parse_numbers(lines):
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            yield float(line)
        except ValueError:
            raise ValueError(f"line {number}: cannot parse {line!r}") from None


good = ["1.5", "# comment", "", "2.5", "4"]
print(list(parse_numbers(good)), sum(parse_numbers(good)))
bad = ["1", "2", "three", "4"]
collected = []
try:
    for value in parse_numbers(bad):
        collected.append(value)
except ValueError as e:
    print("stopped:", e)
print("collected before error:", collected)


def countdown(n):
    if n < 0:
        raise ValueError("n must be non-negative")
    while n > 0:
        yield n
        n -= 1


gen = countdown(-1)
print("generator created; error only on first next()")
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
