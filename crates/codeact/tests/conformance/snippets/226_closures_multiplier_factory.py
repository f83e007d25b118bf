def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply


double = make_multiplier(2)
triple = make_multiplier(3)
to_cents = make_multiplier(100)
print(double(21), triple(7), to_cents(19.99), double("ab"))

converters = {
    "km_to_miles": make_multiplier(0.621371),
    "kg_to_lb": make_multiplier(2.20462),
    "l_to_gal": make_multiplier(0.264172),
}
for name, convert in converters.items():
    print(f"{name}: 10 -> {convert(10):.3f}")


def make_tax(rate):
    return lambda amount: round(amount * (1 + rate), 2)


with_vat = make_tax(0.2)
print(with_vat(50), list(map(with_vat, [9.99, 100])))
print(double.__name__, make_tax(0.1)(10))
