flags = {"READ": 1, "WRITE": 2, "EXECUTE": 4, "ADMIN": 8}

permissions = flags["READ"] | flags["WRITE"]
print("perm value:", permissions, bin(permissions))
permissions |= flags["ADMIN"]
permissions &= ~flags["WRITE"]
print("after changes:", bin(permissions), [name for name, bit in flags.items() if permissions & bit])
print("toggle execute:", bin(permissions ^ flags["EXECUTE"]))

for n in [0, 1, 6, 7, 8, 255, 1023]:
    print(f"{n:>5} bits={n.bit_length():>2} ones={bin(n).count('1'):>2} power_of_two={n > 0 and n & (n - 1) == 0}")
print(1 << 10, 1024 >> 3, -16 >> 2, 5 & 3, 5 | 3, 5 ^ 3, ~5)
x = 0b10110100
print("lowest set bit:", x & -x, "clear lowest:", bin(x & (x - 1)))
print("swap without temp:", end=" ")
a, b = 12, 34
a ^= b
b ^= a
a ^= b
print(a, b)
