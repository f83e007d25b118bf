rows = [
    {"model": "gpt-4o", "accuracy": 0.912, "latency_ms": 820, "cost": 5.0},
    {"model": "claude-3.5", "accuracy": 0.927, "latency_ms": 910, "cost": 3.0},
    {"model": "qwen2.5-72b", "accuracy": 0.884, "latency_ms": 640, "cost": 0.9},
]
headers = ["model", "accuracy", "latency_ms", "cost"]


def fmt(key, value):
    if key == "accuracy":
        return f"{value:.1%}"
    if key == "cost":
        return f"${value:.2f}"
    return str(value)


table = [[fmt(k, row[k]) for k in headers] for row in rows]
widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |")
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for r in table:
    print("| " + " | ".join(cell.ljust(w) for cell, w in zip(r, widths)) + " |")
best = max(rows, key=lambda r: r["accuracy"] / r["cost"])
print(f"\nBest accuracy per dollar: **{best['model']}**")
