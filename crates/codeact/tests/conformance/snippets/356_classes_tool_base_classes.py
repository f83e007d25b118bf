class ToolError(Exception):
    def __init__(self, tool, message):
        super().__init__(f"{tool}: {message}")
        self.tool = tool


class Tool:
    name = "tool"
    description = ""

    def __call__(self, **kwargs):
        self.validate(kwargs)
        return self.run(**kwargs)

    def validate(self, kwargs):
        missing = [p for p in self.required if p not in kwargs]
        if missing:
            raise ToolError(self.name, f"missing argument(s): {', '.join(missing)}")

    required = ()

    def run(self, **kwargs):
        raise NotImplementedError


class Calculator(Tool):
    name = "calculator"
    required = ("a", "b", "op")

    def run(self, a, b, op):
        if op == "/" and b == 0:
            raise ToolError(self.name, "division by zero")
        return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]


class UnitConverter(Tool):
    name = "unit_converter"
    required = ("value", "unit")
    factors = {"km": 0.621371, "kg": 2.20462, "c": None}

    def run(self, value, unit):
        if unit == "c":
            return round(value * 9 / 5 + 32, 2)
        return round(value * self.factors[unit], 3)


tools = {t.name: t for t in (Calculator(), UnitConverter())}
calls = [("calculator", {"a": 6, "b": 7, "op": "*"}), ("unit_converter", {"value": 42.195, "unit": "km"}),
         ("calculator", {"a": 1, "op": "+"}), ("calculator", {"a": 1, "b": 0, "op": "/"}),
         ("unit_converter", {"value": 37, "unit": "c"})]
for name, arguments in calls:
    try:
        print(f"{name}({arguments}) = {tools[name](**arguments)}")
    except ToolError as error:
        print(f"ToolError from {error.tool}: {error}")
