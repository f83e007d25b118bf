products = ["apple", "banana", "cherry", "date"]
prices = [1.20, 0.50, 3.75, 2.10]

price_map = {name: price for name, price in zip(products, prices)}
print(price_map)
discounted = {name: round(price * 0.9, 2) for name, price in price_map.items() if price > 1}
print(discounted)
name_lengths = {name: len(name) for name in products}
print(name_lengths)
by_initial = {name[0].upper(): name for name in products}
print(by_initial)
inverted = {v: k for k, v in name_lengths.items()}
print(inverted)
squares = {n: n * n for n in range(1, 8)}
print(squares, squares.get(5), 49 in squares.values())
flags = {k: (v > 2) for k, v in price_map.items()}
print(flags)
