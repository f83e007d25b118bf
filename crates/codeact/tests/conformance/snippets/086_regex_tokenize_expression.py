import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/()])|([A-Za-z_]\w*))")


def tokenize(expr):
    tokens, pos = [], 0
    expr = expr.strip()
    while pos < len(expr):
        m = TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            raise ValueError(f"bad character at {pos}: {expr[pos]!r}")
        number, op, name = m.groups()
        if number:
            tokens.append(("NUM", float(number) if "." in number else int(number)))
        elif op:
            tokens.append(("OP", op))
        else:
            tokens.append(("NAME", name))
        pos = m.end()
    return tokens


print(tokenize("3 + 4.5 * (x - 2) ** 2"))
print(tokenize("rate*hours+bonus"))
try:
    tokenize("2 + $5")
except ValueError as e:
    print("error:", e)
