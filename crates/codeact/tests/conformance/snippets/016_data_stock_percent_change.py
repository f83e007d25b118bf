closing = {
    "AAPL": [182.3, 185.1, 183.7, 189.9, 191.2],
    "MSFT": [402.1, 398.5, 405.0, 410.3, 409.8],
    "TSLA": [248.0, 239.5, 230.1, 241.7, 252.3],
}

print(f"{'Ticker':<6} {'First':>8} {'Last':>8} {'Change':>8} {'Max DD':>8}")
for ticker, series in closing.items():
    change = (series[-1] - series[0]) / series[0] * 100
    peak = series[0]
    max_drawdown = 0.0
    for price in series:
        peak = max(peak, price)
        max_drawdown = max(max_drawdown, (peak - price) / peak * 100)
    print(f"{ticker:<6} {series[0]:>8.2f} {series[-1]:>8.2f} {change:>+7.2f}% {max_drawdown:>7.2f}%")

daily = {t: [round((b - a) / a * 100, 2) for a, b in zip(s, s[1:])] for t, s in closing.items()}
for ticker, returns in daily.items():
    print(ticker, returns)
best = max(closing, key=lambda t: closing[t][-1] / closing[t][0])
print("Best performer:", best)
