class Money:
    def __init__(self, amount_cents, currency="USD"):
        self.amount_cents = amount_cents
        self.currency = currency

    @classmethod
    def from_string(cls, text):
        amount, currency = text.split()
        whole, _, frac = amount.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]), currency)

    @classmethod
    def zero(cls, currency="USD"):
        return cls(0, currency)

    @staticmethod
    def is_valid_currency(code):
        return len(code) == 3 and code.isalpha() and code.isupper()

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount_cents + other.amount_cents, self.currency)

    def __str__(self):
        return f"{self.amount_cents // 100}.{self.amount_cents % 100:02d} {self.currency}"


wallet = [Money.from_string(s) for s in ["12.50 EUR", "7.5 EUR", "100 EUR"]]
total = Money.zero("EUR")
for m in wallet:
    total = total + m
print(total)
print([str(m) for m in wallet])
print(Money.is_valid_currency("GBP"), Money.is_valid_currency("usd"), Money("1", "X").is_valid_currency("JPY"))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("error:", e)
