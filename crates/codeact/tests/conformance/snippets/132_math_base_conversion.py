numbers = [0, 5, 42, 255, 1024, 65535, -17]
for n in numbers:
    print(f"{n:>6} bin={bin(n):<20} oct={oct(n):<8} hex={hex(n)}")

print(int("101010", 2), int("ff", 16), int("777", 8), int("z", 36), int("0x1A", 0), int("0b11", 0))


def to_base(n, base):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for base in (2, 3, 7, 16, 36):
    print(f"1000 in base {base:>2}: {to_base(1000, base)}")
print(to_base(-255, 16), to_base(2**64, 36))
