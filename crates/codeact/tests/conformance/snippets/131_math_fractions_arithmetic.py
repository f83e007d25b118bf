from fractions import Fraction

a = Fraction(3, 4)
b = Fraction(5, 6)
print(a + b, a - b, a * b, a / b)
print(Fraction(6, 8), Fraction("0.125"), Fraction(0.5), Fraction("22/7"))
print(float(Fraction(22, 7)), Fraction(1, 3) + Fraction(1, 6) == Fraction(1, 2))

recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 2)}
scale = Fraction(5, 2)
for item, cups in recipe.items():
    scaled = cups * scale
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    mixed = f"{whole} {rest}/{scaled.denominator}" if whole and rest else str(scaled)
    print(f"{item:<7} {str(cups):>4} -> {mixed} cups")

harmonic = sum(Fraction(1, n) for n in range(1, 11))
print("H(10) =", harmonic, "~", round(float(harmonic), 6))
print(Fraction(355, 113).limit_denominator(10), Fraction(3.14159).limit_denominator(100))
print(a.numerator, a.denominator, a ** 2, abs(Fraction(-2, 3)), max(a, b))
