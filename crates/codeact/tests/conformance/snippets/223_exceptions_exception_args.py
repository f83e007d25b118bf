class QuotaExceeded(Exception):
    def __init__(self, user, used, limit):
        super().__init__(user, used, limit)
        self.user, self.used, self.limit = user, used, limit

    def __str__(self):
        return f"{self.user} used {self.used}/{self.limit} requests"


e1 = ValueError("bad value", 42)
print(e1.args, str(e1), repr(e1))
e2 = KeyError("missing")
print(e2.args, str(e2), repr(e2))
e3 = Exception()
print(e3.args, repr(str(e3)), repr(e3))
e4 = QuotaExceeded("kim", 1050, 1000)
print(e4.args, str(e4), e4.used - e4.limit)
try:
    raise e4
except Exception as caught:
    print(caught is e4, isinstance(caught, QuotaExceeded), f"{caught}")
print(repr(RuntimeError("x")), repr(TypeError("bad", "input")), str(IndexError()))
