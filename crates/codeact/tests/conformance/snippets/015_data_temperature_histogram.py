temperatures = [12.5, 15.1, 18.3, 21.7, 19.9, 25.4, 28.8, 30.2, 27.5, 22.1,
                17.6, 14.3, 9.8, 11.2, 16.4, 23.9, 26.7, 29.5, 24.0, 20.5]

bin_width = 5
bins = {}
for t in temperatures:
    low = int(t // bin_width) * bin_width
    bins[low] = bins.get(low, 0) + 1

for low in sorted(bins):
    label = f"{low:>2}-{low + bin_width - 1:<2}"
    print(f"{label} | {'#' * bins[low]} {bins[low]}")

print(f"min={min(temperatures)} max={max(temperatures)} range={max(temperatures) - min(temperatures):.1f}")
hot_days = [i for i, t in enumerate(temperatures) if t >= 25]
print("hot days:", hot_days)
mean = sum(temperatures) / len(temperatures)
print(f"mean {mean:.2f}, above mean: {sum(t > mean for t in temperatures)}")
