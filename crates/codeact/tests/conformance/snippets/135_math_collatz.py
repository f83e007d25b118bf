def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def collatz_sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


print(collatz_sequence(6))
print(collatz_sequence(27)[:15], "... length", len(collatz_sequence(27)))
best = max(range(1, 10_000), key=collatz_steps)
print("longest chain below 10000 starts at", best, "with", collatz_steps(best), "steps")
print("peak of 27:", max(collatz_sequence(27)))
print([collatz_steps(n) for n in range(1, 21)])
