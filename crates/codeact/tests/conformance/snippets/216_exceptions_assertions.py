def mean(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)


def apply_discount(price, pct):
    assert 0 <= pct <= 100, f"invalid percentage {pct}"
    result = price * (1 - pct / 100)
    assert result <= price
    return round(result, 2)


print(mean([3, 4, 5]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)
print(apply_discount(80, 25))
for pct in [150, -5]:
    try:
        apply_discount(10, pct)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)
