def validate_user(user):
    errors = []
    if not user.get("name"):
        errors.append("name is required")
    age = user.get("age")
    if not isinstance(age, int):
        errors.append(f"age must be an integer, got {type(age).__name__}")
    elif not 0 <= age <= 130:
        errors.append(f"age {age} out of range")
    email = user.get("email", "")
    if "@" not in email:
        errors.append(f"invalid email {email!r}")
    if errors:
        raise ValueError("; ".join(errors))
    return True


users = [
    {"name": "Ana", "age": 31, "email": "ana@x.org"},
    {"name": "", "age": "31", "email": "nope"},
    {"name": "Old", "age": 200, "email": "old@x.org"},
    {"age": None},
]
report = {"valid": 0, "invalid": 0}
for index, user in enumerate(users):
    try:
        validate_user(user)
        report["valid"] += 1
    except ValueError as e:
        report["invalid"] += 1
        print(f"user {index}: {e}")
print(report)
