from collections import namedtuple


class Money(namedtuple("Money", ["amount", "currency"])):
    __slots__ = ()

    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"

    def convert(self, rate, currency):
        return Money(round(self.amount * rate, 2), currency)

    @property
    def is_zero(self):
        return self.amount == 0


prices = [Money(19.99, "USD"), Money(5, "USD"), Money(0, "USD")]
print([str(p) for p in prices])
print(prices[0].convert(0.92, "EUR"))
print(prices[0], repr(prices[1]))
print([p.is_zero for p in prices])
amount, currency = prices[1]
print(amount, currency, prices[1][0], prices[1]._fields)
print(sorted(prices), sum(p.amount for p in prices))
