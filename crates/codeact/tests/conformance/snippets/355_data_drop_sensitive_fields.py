users = [
    {"id": 1, "name": "Ana", "email": "ana@x.io", "password_hash": "9f2c", "ssn": "123-45-6789", "tmp": 1},
    {"id": 2, "name": "Ben", "email": "ben@x.io", "password_hash": "77ab", "tmp": 0},
    {"id": 3, "name": "Cy", "email": None, "ssn": "987-65-4321"},
]
sensitive = ["password_hash", "ssn"]

for user in users:
    for field in sensitive:
        if field in user:
            del user[field]
    user.pop("tmp", None)
    if user["email"] is None:
        del user["email"]
print(users)

scores = [55, 91, 12, 78, 100, 3, 64]
del scores[scores.index(max(scores))]
del scores[scores.index(min(scores))]
print("trimmed scores:", scores, "mean:", round(sum(scores) / len(scores), 2))
lookup = dict(zip("abcdef", range(6)))
for key in [k for k, v in lookup.items() if v % 2]:
    del lookup[key]
print(lookup)
