pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a:>4} // {b:>2} = {a // b:>3}  {a:>4} % {b:>2} = {r:>3}  divmod={(q, r)}  check={q * b + r == a}")

total_minutes = 1234
hours, minutes = divmod(total_minutes, 60)
days, hours = divmod(hours, 24)
print(f"{total_minutes} min = {days}d {hours}h {minutes}m")

cents = 98765
dollars, cents_left = divmod(cents, 100)
print(f"${dollars}.{cents_left:02d}")
print(7 % 3, -7 % 3, 7.5 % 2, -7.5 % 2, 2 ** -1, 8 ** (1 / 3))
print(int(7 / 2), round(7 / 2), 7 // 2, -(-7 // 2))
