word = "Python"
codes = [ord(c) for c in word]
print(codes)
print("".join(chr(c + 1) for c in codes))
print([hex(c) for c in codes[:3]])

invoice_numbers = [7, 42, 1234, 99999]
print([str(n).zfill(6) for n in invoice_numbers])
print("-42".zfill(6), "+7".zfill(4))

alphabet = "".join(chr(i) for i in range(ord("a"), ord("z") + 1))
print(alphabet)
positions = {ch: i + 1 for i, ch in enumerate(alphabet)}
score = sum(positions[c] for c in "attitude")
print("attitude =", score)
print("abc" < "abd", "Zebra" < "apple", "10" < "9", "apple" < "apples")
print(max("hello"), min("hello"), sorted("hello"))
