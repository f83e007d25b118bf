source = """def greet(name):
    message = f"Hello, {name}"

    return message
print(greet('world'))"""

lines = source.splitlines()
width = len(str(len(lines)))
for number, line in enumerate(lines, start=1):
    marker = ">" if "return" in line else " "
    print(f"{marker}{number:>{width}} | {line}")

non_blank = [l for l in lines if l.strip()]
indents = [len(l) - len(l.lstrip()) for l in non_blank]
print("non-blank:", len(non_blank), "max indent:", max(indents))
print(repr("\n".join(l.rstrip() for l in lines)[:30]))
print("a\tb\tc".expandtabs(4), "|", "x\r\ny\nz".splitlines(), "one\n".splitlines(keepends=True))
