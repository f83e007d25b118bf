import random

random.seed(42)
print(random.random())
print(random.randint(1, 100), random.randint(1, 100))
print(random.choice(["rock", "paper", "scissors"]))
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5])
print(random.sample(range(1, 50), 6))
print(round(random.uniform(10, 20), 6))
print(random.randrange(0, 100, 5))
random.seed(42)
print(random.random())
