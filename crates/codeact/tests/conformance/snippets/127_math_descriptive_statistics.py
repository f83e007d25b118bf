import statistics

response_times_ms = [120, 135, 110, 500, 128, 131, 119, 142, 125, 128, 133, 128]

print("mean:", round(statistics.mean(response_times_ms), 2))
print("median:", statistics.median(response_times_ms))
print("mode:", statistics.mode(response_times_ms))
print("stdev:", round(statistics.stdev(response_times_ms), 3))
print("pstdev:", round(statistics.pstdev(response_times_ms), 3))
print("variance:", round(statistics.variance(response_times_ms), 3))
print("median_low/high:", statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print("quartiles:", statistics.quantiles(response_times_ms, n=4))
print("fmean:", statistics.fmean([1.5, 2.5, 3.5]), "geometric:", round(statistics.geometric_mean([2, 8]), 6))
print("harmonic:", round(statistics.harmonic_mean([40, 60]), 4))
print("multimode:", statistics.multimode("aabbbcccd"))
trimmed = sorted(response_times_ms)[1:-1]
print("trimmed mean:", round(statistics.mean(trimmed), 2))
print("mean of ints:", statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2]), statistics.median([1, 3, 2, 4]))
