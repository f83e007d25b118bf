def split_csv_line(line, delimiter=","):
    fields, current, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


lines = [
    'id,name,city',
    '1,"Smith, John",Boston',
    '2,Jane Doe,"New York, NY"',
    '3,,Chicago',
]
for line in lines:
    print(split_csv_line(line))

row = ["4", "O'Brien, Pat", "Dublin"]
print(",".join(f'"{f}"' if "," in f else f for f in row))
print("a|b||c".split("|"), "a b  c".split(), "".split(","), "x".split(","))
