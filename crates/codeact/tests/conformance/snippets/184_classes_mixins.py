import json


class JsonMixin:
    def to_json(self):
        return json.dumps(self.__dict__, sort_keys=True)


class ValidateMixin:
    required = ()

    def validate(self):
        missing = [f for f in self.required if not getattr(self, f, None)]
        if missing:
            raise ValueError(f"missing fields: {', '.join(missing)}")
        return True


class User(JsonMixin, ValidateMixin):
    required = ("name", "email")

    def __init__(self, name, email="", role="viewer"):
        self.name = name
        self.email = email
        self.role = role


good = User("Lin", "lin@example.com", "admin")
bad = User("Tom")
print(good.to_json())
print(good.validate())
try:
    bad.validate()
except ValueError as e:
    print(e)
print(issubclass(User, ValidateMixin), User.required, bad.required)
print(isinstance(good, JsonMixin), hasattr(good, "validate"))
