from functools import partial


def format_price(amount, currency="USD", decimals=2, symbol_first=True):
    symbols = {"USD": "$", "EUR": "€", "JPY": "¥"}
    number = f"{amount:,.{decimals}f}"
    symbol = symbols.get(currency, currency + " ")
    return f"{symbol}{number}" if symbol_first else f"{number} {symbol}"


euros = partial(format_price, currency="EUR", symbol_first=False)
yen = partial(format_price, currency="JPY", decimals=0)
print(format_price(1234.5), euros(1234.5), yen(98765.4))
print(euros.func.__name__, euros.keywords, euros.args)

to_binary = partial(int, base=2)
print(to_binary("1011"), to_binary("11111111"))
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print([square(n) for n in range(5)], [cube(n) for n in range(5)])
print(list(map(partial(round, ndigits=1), [1.25, 2.35, 3.14159])))
