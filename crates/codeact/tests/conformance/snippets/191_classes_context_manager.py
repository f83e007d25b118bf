class Transaction:
    def __init__(self, ledger):
        self.ledger = ledger
        self.pending = []

    def __enter__(self):
        print("begin transaction")
        return self

    def add(self, entry):
        self.pending.append(entry)

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.ledger.extend(self.pending)
            print(f"commit {len(self.pending)} entries")
        else:
            print(f"rollback because of {exc_type.__name__}: {exc_value}")
        return exc_type is ValueError


ledger = []
with Transaction(ledger) as tx:
    tx.add(("rent", -1200))
    tx.add(("salary", 3000))
with Transaction(ledger) as tx:
    tx.add(("refund", 50))
    raise ValueError("amount mismatch")
try:
    with Transaction(ledger) as tx:
        tx.add(("fee", -5))
        raise KeyError("account")
except KeyError as e:
    print("propagated:", repr(e))
print(ledger)
