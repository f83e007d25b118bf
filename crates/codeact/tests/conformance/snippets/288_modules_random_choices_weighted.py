import random

random.seed(7)
servers = ["eu-1", "eu-2", "us-1"]
weights = [5, 3, 2]
picks = random.choices(servers, weights=weights, k=20)
print(picks)
print({s: picks.count(s) for s in servers})
random.seed(7)
print(random.choices(servers, weights=weights, k=20) == picks)
population = list(range(1000))
random.seed(1)
sample = random.sample(population, 5)
print(sample)
rng = random.Random(99)
print([rng.randint(0, 9) for _ in range(10)])
print(round(rng.gauss(0, 1), 6), round(rng.expovariate(1.5), 6))
items = ["a", "b", "c", "d"]
rng.shuffle(items)
print(items)
