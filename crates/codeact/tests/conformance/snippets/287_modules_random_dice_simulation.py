import random
from collections import Counter

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(10_000)]
counts = Counter(rolls)
for total in range(2, 13):
    share = counts[total] / len(rolls)
    print(f"{total:>2}: {share:6.2%} {'#' * round(share * 100)}")
print("most common:", counts.most_common(1))
print("mean roll:", sum(rolls) / len(rolls))
