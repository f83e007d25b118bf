raw_scores = {"model_a": 0.62, "model_b": 0.81, "model_c": 0.47, "model_d": 0.93, "model_e": 0.70}

low = min(raw_scores.values())
high = max(raw_scores.values())
normalized = {name: (score - low) / (high - low) for name, score in raw_scores.items()}
for name, value in normalized.items():
    bar = "=" * int(value * 20)
    print(f"{name}: {value:.3f} |{bar}")

mean = sum(raw_scores.values()) / len(raw_scores)
variance = sum((s - mean) ** 2 for s in raw_scores.values()) / len(raw_scores)
std = variance ** 0.5
z_scores = {n: round((s - mean) / std, 3) for n, s in raw_scores.items()}
print("mean:", round(mean, 4), "std:", round(std, 4))
print("z-scores:", z_scores)
total = sum(raw_scores.values())
weights = [round(s / total, 4) for s in raw_scores.values()]
print("weights:", weights, "sum:", round(sum(weights), 4))
