def risky_cleanup():
    try:
        raise ValueError("original problem")
    except ValueError:
        raise RuntimeError("cleanup also failed")


try:
    risky_cleanup()
except RuntimeError as e:
    print("caught:", e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("bad computation") from inner
except ValueError as outer:
    print(outer, "<-", type(outer.__cause__).__name__, outer.__cause__)

errors = []
for item in ["1", "x", "3"]:
    try:
        errors.append(int(item))
    except ValueError as err:
        errors.append(err)
print([type(e).__name__ for e in errors])
