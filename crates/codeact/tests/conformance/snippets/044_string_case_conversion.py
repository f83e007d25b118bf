import re


def camel_to_snake(name):
    s1 = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s1).lower()


def snake_to_camel(name, upper_first=False):
    parts = name.split("_")
    head = parts[0].capitalize() if upper_first else parts[0]
    return head + "".join(p.title() for p in parts[1:])


def to_kebab(name):
    return camel_to_snake(name).replace("_", "-")


for name in ["userId", "HTTPResponseCode", "getHTTPSConnection", "simpleName", "already_snake"]:
    print(f"{name:<20} -> {camel_to_snake(name)}")
for name in ["user_id", "first_name_last", "total"]:
    print(f"{name:<20} -> {snake_to_camel(name)} / {snake_to_camel(name, True)}")
print(to_kebab("backgroundColorRed"))
