import re

names = ["Smith, John", "Doe, Jane", "Lovelace, Ada", "Madonna", "van Rossum, Guido"]
for name in names:
    print(re.sub(r"^([\w ]+), (\w+)$", r"\2 \1", name))

dates = "due 2024-12-31, paid 2025-01-15"
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", dates))

doubled = "this is is a test test of the the checker"
print(re.sub(r"\b(\w+)( \1\b)+", r"\1", doubled))
print(re.findall(r"\b(\w+) \1\b", doubled))
print(re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567890"))
