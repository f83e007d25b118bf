scores = [67, 92, 45, 88, 73, 99, 52, 81, 60, 77]
ordered = sorted(scores)
n = len(ordered)
print("sorted:", ordered)
print("top quartile:", ordered[-(n // 4):], "bottom quartile:", ordered[: n // 4])
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2 if n % 2 == 0 else ordered[n // 2]
print("median:", median)
passed = [s for s in scores if s >= 60]
failed = [s for s in scores if s < 60]
print(f"{len(passed)} passed, {len(failed)} failed: {sorted(failed)}")
evens_first = sorted(scores, key=lambda s: (s % 2, s))
print(evens_first)
print("second highest:", sorted(set(scores))[-2], "third lowest:", ordered[2])
