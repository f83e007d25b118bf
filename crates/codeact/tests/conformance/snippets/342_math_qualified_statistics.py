import math
import statistics

populations_millions = {
    "Tokyo": 37.4, "Delhi": 31.0, "Shanghai": 27.1, "Sao Paulo": 22.0,
    "Mexico City": 21.8, "Cairo": 21.3, "Mumbai": 20.7, "Beijing": 20.5,
}
values = list(populations_millions.values())
print(f"Mean: {statistics.mean(values):.2f} million")
print(f"Median: {statistics.median(values):.2f} million")
print(f"Std dev: {statistics.stdev(values):.3f}")
print(f"Geometric mean: {statistics.geometric_mean(values):.3f}")
print(f"Total: {math.fsum(values):.1f} million")
largest = max(populations_millions, key=populations_millions.get)
ratio = populations_millions[largest] / min(values)
print(f"{largest} is {ratio:.2f}x the smallest city in the list")
log_spread = math.log10(max(values)) - math.log10(min(values))
print(f"Log10 spread: {log_spread:.4f}")
