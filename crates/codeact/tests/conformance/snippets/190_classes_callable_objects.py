class RateCalculator:
    def __init__(self, rate, minimum=0.0):
        self.rate = rate
        self.minimum = minimum
        self.calls = 0

    def __call__(self, amount):
        self.calls += 1
        return max(round(amount * self.rate, 2), self.minimum)


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value


vat = RateCalculator(0.2)
shipping = RateCalculator(0.05, minimum=4.99)
for amount in [10, 99.99, 250]:
    print(f"{amount:>7} vat={vat(amount):>6} shipping={shipping(amount):>6}")
print("calls:", vat.calls, shipping.calls, callable(vat), callable(42))
clean = Pipeline(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(clean("  Hello World Example "))
print(list(map(vat, [1, 2, 3])), vat.calls)
