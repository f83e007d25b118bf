from collections import Counter

tasks = ["10/2", "8/0", "abc/3", "9/3", "7/", "100/7", "5/x", "6/6"]
results = {}
error_types = Counter()
first_error = {}
for task in tasks:
    try:
        left, right = task.split("/")
        results[task] = round(int(left) / int(right), 3)
    except Exception as e:
        kind = type(e).__name__
        error_types[kind] += 1
        first_error.setdefault(kind, f"{task!r}: {e}")

print("succeeded:", results)
print("failures:", dict(error_types))
for kind, message in first_error.items():
    print(f"  first {kind} -> {message}")
print(f"success rate: {len(results) / len(tasks):.0%}")
