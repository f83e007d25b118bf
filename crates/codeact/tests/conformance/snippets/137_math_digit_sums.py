n = 2 ** 100
print(n)
print("digits:", len(str(n)), "digit sum:", sum(int(d) for d in str(n)))
print("2**1000 digit sum:", sum(map(int, str(2 ** 1000))))


def digital_root(x):
    while x >= 10:
        x = sum(int(d) for d in str(x))
    return x


print([digital_root(v) for v in [0, 9, 38, 12345, 999999999999]])
armstrong = [v for v in range(100, 1000) if sum(int(d) ** 3 for d in str(v)) == v]
print("armstrong numbers:", armstrong)
print("reversed 123456789:", int(str(123456789)[::-1]))
print("is 12321 palindrome:", str(12321) == str(12321)[::-1])
big = 123456789 ** 5
print(big, big.bit_length(), f"{big:,}", f"{big:.3e}")
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 20) // 3)
