import asyncio


async def fetch_price(symbol, delay):
    await asyncio.sleep(delay)
    prices = {"AAPL": 189.2, "MSFT": 410.7, "NVDA": 880.1}
    return symbol, prices[symbol]


async def main():
    results = await asyncio.gather(
        fetch_price("AAPL", 0.03),
        fetch_price("MSFT", 0.01),
        fetch_price("NVDA", 0.02),
    )
    for symbol, price in results:
        print(f"{symbol}: {price}")
    return dict(results)


prices = asyncio.run(main())
print(prices, round(sum(prices.values()), 2))
