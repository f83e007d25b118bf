def min_length(n):
    return lambda value: len(value) >= n or f"must be at least {n} characters"


def matches(predicate, message):
    return lambda value: predicate(value) or message


def one_of(*options):
    return lambda value: value in options or f"must be one of {', '.join(options)}"


rules = {
    "username": [min_length(3), matches(str.isalnum, "letters and digits only")],
    "password": [min_length(8), matches(lambda v: any(c.isdigit() for c in v), "needs a digit")],
    "plan": [one_of("free", "pro", "team")],
}


def validate(form):
    problems = {}
    for field, checks in rules.items():
        value = form.get(field, "")
        messages = [r for r in (check(value) for check in checks) if r is not True]
        if messages:
            problems[field] = messages
    return problems or "valid"


print(validate({"username": "al", "password": "secret", "plan": "gold"}))
print(validate({"username": "alice99", "password": "s3cretpass", "plan": "pro"}))
print(validate({"username": "bad name!"}))
