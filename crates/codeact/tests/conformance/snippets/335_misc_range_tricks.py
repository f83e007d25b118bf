print(list(range(5)), list(range(2, 11, 2)), list(range(10, 0, -2)), list(range(0)))
r = range(100, 1000, 7)
print(len(r), r[0], r[-1], r[10], 107 in r, 108 in r, r.index(170))
print(sum(range(1, 101)), max(range(3, 50, 4)), list(reversed(range(4))))
print(range(0, 10, 3) == range(0, 11, 3), list(range(-5, 0)))
for i in range(3, 0, -1):
    print(f"T-minus {i}")
print([i for i in range(20) if i % 6 == 0], list(zip(range(3), range(10, 13))))
print(str(range(1, 4)), range(10)[::2])
