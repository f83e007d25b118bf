prices = [101.2, 102.5, 99.8, 98.4, 100.1, 103.7, 105.2, 104.9, 106.3, 108.0]


def moving_average(values, window):
    averages = []
    for i in range(len(values) - window + 1):
        chunk = values[i:i + window]
        averages.append(round(sum(chunk) / window, 2))
    return averages


ma3 = moving_average(prices, 3)
ma5 = moving_average(prices, 5)
print("MA3:", ma3)
print("MA5:", ma5)

for day, (price, avg) in enumerate(zip(prices[2:], ma3), start=3):
    signal = "above" if price > avg else "below"
    print(f"day {day:2d}: price {price:7.2f} is {signal} MA3 {avg:7.2f}")

crossings = sum(1 for a, b in zip(ma3[2:], ma5) if a > b)
print("Days MA3 > MA5:", crossings)
