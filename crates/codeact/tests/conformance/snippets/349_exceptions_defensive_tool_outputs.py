raw_observations = ["42", "  17.5 ", "N/A", None, "3,200", "-8", "", "1e3", {"value": 7}, "12 kg"]


def to_number(value):
    if isinstance(value, dict):
        value = value.get("value")
    try:
        return float(str(value).replace(",", "").strip())
    except (ValueError, TypeError):
        return None


parsed = []
for obs in raw_observations:
    number = to_number(obs)
    status = "ok" if number is not None else "skipped"
    print(f"{obs!r:<16} -> {number!r:<8} {status}")
    if number is not None:
        parsed.append(number)

try:
    average = sum(parsed) / len(parsed)
    print(f"Average of {len(parsed)} values: {average:.3f}")
except ZeroDivisionError:
    print("No usable values")
except Exception as e:
    print(f"Unexpected error: {e}")
