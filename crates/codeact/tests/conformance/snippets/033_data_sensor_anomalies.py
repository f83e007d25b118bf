import statistics

readings = [20.1, 20.4, 19.9, 20.2, 35.7, 20.0, 20.3, 19.8, 5.2, 20.1, 20.6, 20.2]

mean = statistics.mean(readings)
stdev = statistics.stdev(readings)
print(f"mean={mean:.3f} stdev={stdev:.3f}")
anomalies = [(i, r) for i, r in enumerate(readings) if abs(r - mean) > 1.5 * stdev]
print("z-score anomalies:", anomalies)

median = statistics.median(readings)
deviations = [abs(r - median) for r in readings]
mad = statistics.median(deviations)
robust = [i for i, r in enumerate(readings) if abs(r - median) / mad > 5]
print(f"median={median} mad={mad:.2f} robust outliers at {robust}")

cleaned = [r for i, r in enumerate(readings) if i not in robust]
print("cleaned mean:", round(statistics.mean(cleaned), 3))
print("quantiles:", [round(q, 2) for q in statistics.quantiles(cleaned, n=4)])
