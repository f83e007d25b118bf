received = [1003, 1001, 1007, 1002, 1010, 1005, 1006, 1012, 1011]

expected = set(range(min(received), max(received) + 1))
missing = sorted(expected - set(received))
print("Missing ids:", missing)

ordered = sorted(received)
ranges = []
start = prev = ordered[0]
for value in ordered[1:]:
    if value == prev + 1:
        prev = value
        continue
    ranges.append((start, prev))
    start = prev = value
ranges.append((start, prev))
print("Contiguous ranges:", ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in ranges))

gaps = [(a, b) for a, b in zip(ordered, ordered[1:]) if b - a > 1]
print("Gaps:", gaps)
print("Largest gap:", max(b - a for a, b in gaps))
