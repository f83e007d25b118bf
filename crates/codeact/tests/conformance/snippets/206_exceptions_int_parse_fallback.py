raw_inputs = ["42", " 17 ", "3.14", "abc", "", "-8", "1e3", "0x1F", "1_000", None]


def to_int(value, default=0):
    try:
        return int(value)
    except ValueError:
        try:
            return int(float(value))
        except ValueError:
            return default
    except TypeError:
        return default


for raw in raw_inputs:
    print(f"{raw!r:>8} -> {to_int(raw)}")

errors = []
for raw in raw_inputs:
    try:
        int(raw)
    except (ValueError, TypeError) as e:
        errors.append(f"{type(e).__name__}: {e}")
for message in errors:
    print(message)
