import re

raw_numbers = ["(555) 123-4567", "555.987.6543", "555 222 3333", "+1-555-444-1212",
               "5551239999", "call 555-0000", "12-34"]

normalized = []
for raw in raw_numbers:
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        print(f"{raw!r:20} -> invalid ({len(digits)} digits)")
        continue
    formatted = re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", digits)
    normalized.append(formatted)
    print(f"{raw!r:20} -> {formatted}")

print(len(normalized), "valid numbers")
print(re.findall(r"\(\d{3}\)", " ".join(normalized)))
