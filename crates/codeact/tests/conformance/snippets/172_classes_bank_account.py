class InsufficientFunds(Exception):
    pass


class BankAccount:
    interest_rate = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"cannot withdraw {amount:.2f}, balance is {self.balance:.2f}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def add_interest(self):
        interest = round(self.balance * self.interest_rate, 2)
        self.deposit(interest)
        return interest

    def __repr__(self):
        return f"BankAccount(owner={self.owner!r}, balance={self.balance:.2f})"


account = BankAccount("Priya", 100)
account.deposit(250.50)
account.withdraw(75)
print(account)
try:
    account.withdraw(1000)
except InsufficientFunds as error:
    print("Error:", error)
print("interest:", account.add_interest())
print(account.history)
print(len(account.history), account.balance, BankAccount.interest_rate)
