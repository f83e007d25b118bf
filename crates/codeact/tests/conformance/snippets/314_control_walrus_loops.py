chunks = iter(["alpha", "beta", "", "gamma"])
received = []
while (chunk := next(chunks, None)):
    received.append(chunk.upper())
print(received)

data = [5, 12, 7, 30, 2, 18]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
if (biggest := max(data)) > 20:
    print("biggest value", biggest, "exceeds 20")

balance = 100
history = []
while (balance := balance - 35) > 0:
    history.append(balance)
print(history, balance)

words = ["apple", "kiwi", "banana", "fig"]
long_words = [(w, length) for w in words if (length := len(w)) > 3]
print(long_words)
