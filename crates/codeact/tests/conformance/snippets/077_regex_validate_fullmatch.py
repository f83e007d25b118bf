import re

validators = {
    "username": re.compile(r"[a-z][a-z0-9_]{2,15}"),
    "zip": re.compile(r"\d{5}(-\d{4})?"),
    "hex_color": re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}"),
    "time24": re.compile(r"([01]\d|2[0-3]):[0-5]\d"),
    "sku": re.compile(r"[A-Z]{3}-\d{4}"),
}

samples = {
    "username": ["alice_99", "9lives", "ab", "valid_user_name"],
    "zip": ["12345", "12345-6789", "1234", "123456"],
    "hex_color": ["#fff", "#A1B2C3", "#abcd", "123456"],
    "time24": ["00:00", "23:59", "24:00", "7:30"],
    "sku": ["ABC-1234", "abc-1234", "ABCD-123", "XYZ-0001"],
}
for kind, values in samples.items():
    results = [f"{v}={'ok' if validators[kind].fullmatch(v) else 'no'}" for v in values]
    print(f"{kind:<9} " + "  ".join(results))
print(bool(re.match(r"\d+", "123abc")), bool(re.fullmatch(r"\d+", "123abc")))
