from itertools import product

sizes = ["S", "M"]
colors = ["red", "blue"]
materials = ["cotton", "linen"]
skus = [f"{s}-{c}-{m}" for s, c, m in product(sizes, colors, materials)]
print(len(skus), skus[:4])
print(list(product([0, 1], repeat=3)))

grid = {"learning_rate": [0.1, 0.01], "depth": [3, 5, 8], "dropout": [0.0, 0.5]}
configs = [dict(zip(grid, values)) for values in product(*grid.values())]
print(len(configs), configs[0], configs[-1])
def score(cfg):
    return cfg["depth"] * (1 - cfg["dropout"]) / (1 + 10 * cfg["learning_rate"])
print("best:", max(configs, key=score))
pins = ["".join(p) for p in product("123", repeat=2)]
print(pins)
