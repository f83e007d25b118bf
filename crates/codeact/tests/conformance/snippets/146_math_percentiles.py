import math
import statistics

latencies = sorted([12, 15, 11, 30, 22, 19, 14, 95, 16, 18, 21, 13, 17, 250, 20, 16])


def percentile(data, p):
    k = (len(data) - 1) * p / 100
    lower, upper = math.floor(k), math.ceil(k)
    if lower == upper:
        return float(data[int(k)])
    return data[lower] + (data[upper] - data[lower]) * (k - lower)


for p in (50, 90, 95, 99):
    print(f"p{p}: {percentile(latencies, p):.2f}")
print("deciles:", [round(q, 1) for q in statistics.quantiles(latencies, n=10)])
print("inclusive quartiles:", statistics.quantiles(latencies, n=4, method="inclusive"))
nearest_rank = latencies[math.ceil(0.9 * len(latencies)) - 1]
print("p90 nearest rank:", nearest_rank)
iqr = percentile(latencies, 75) - percentile(latencies, 25)
print("IQR:", iqr, "outliers:", [x for x in latencies if x > percentile(latencies, 75) + 1.5 * iqr])
