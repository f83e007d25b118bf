VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(number):
    out = ""
    for value, symbol in VALUES:
        count, number = divmod(number, value)
        out += symbol * count
    return out


def from_roman(roman):
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for current, following in zip(roman, roman[1:] + " "):
        value = single[current]
        total += -value if following != " " and single[following] > value else value
    return total


for year in [1987, 2024, 3999, 444, 14, 9]:
    r = to_roman(year)
    print(f"{year:>4} = {r:<12} -> {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 2000)))
