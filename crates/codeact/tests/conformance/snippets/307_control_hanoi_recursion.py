moves = []


def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source)


hanoi(3, "A", "C", "B")
for disk, a, b in moves:
    print(f"move disk {disk} from {a} to {b}")
print("total moves:", len(moves))
moves.clear()
hanoi(10, "A", "C", "B")
print("10 disks:", len(moves), "moves; formula:", 2 ** 10 - 1)


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


print(permutations([1, 2, 3]))
print(len(permutations(list(range(6)))))
