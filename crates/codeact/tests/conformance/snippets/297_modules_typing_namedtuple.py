from typing import NamedTuple, TypedDict, Optional


class Trade(NamedTuple):
    symbol: str
    qty: int
    price: float
    side: str = "buy"

    @property
    def notional(self):
        return round(self.qty * self.price, 2)


class UserRecord(TypedDict):
    name: str
    email: Optional[str]


trades = [Trade("AAPL", 10, 189.5), Trade("TSLA", 5, 250.0, "sell"), Trade("AAPL", 3, 191.0)]
for t in trades:
    print(t, t.notional)
position = sum(t.qty if t.side == "buy" else -t.qty for t in trades if t.symbol == "AAPL")
print("AAPL position:", position)
print(trades[1]._asdict(), trades[0]._replace(qty=20).notional)
user: UserRecord = {"name": "Ivy", "email": None}
print(user, type(user).__name__)
symbol, qty, *_ = trades[0]
print(symbol, qty, Trade._fields)
