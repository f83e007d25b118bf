xs = [1, 2, 3, 4, 5, 6, 7, 8]
ys = [2.1, 4.3, 6.2, 7.9, 10.1, 12.2, 13.8, 16.1]

n = len(xs)
mean_x = sum(xs) / n
mean_y = sum(ys) / n
sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
sxx = sum((x - mean_x) ** 2 for x in xs)
slope = sxy / sxx
intercept = mean_y - slope * mean_x
print(f"y = {slope:.4f}x + {intercept:.4f}")

predictions = [slope * x + intercept for x in xs]
ss_res = sum((y - p) ** 2 for y, p in zip(ys, predictions))
ss_tot = sum((y - mean_y) ** 2 for y in ys)
print(f"R^2 = {1 - ss_res / ss_tot:.5f}")
for x in (10, 12.5):
    print(f"predict({x}) = {slope * x + intercept:.3f}")

import statistics
result = statistics.linear_regression(xs, ys)
print(round(result.slope, 4), round(result.intercept, 4))
print("correlation:", round(statistics.correlation(xs, ys), 6), "covariance:", round(statistics.covariance(xs, ys), 4))
