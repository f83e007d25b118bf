def divide(a, b):
    print(f"divide({a}, {b})")
    try:
        result = a / b
    except ZeroDivisionError:
        print("  cannot divide by zero")
        return None
    except TypeError as e:
        print("  bad types:", e)
        return None
    else:
        print("  success, no exception")
        return result
    finally:
        print("  cleanup runs always")


print(divide(10, 4))
print(divide(1, 0))
print(divide("x", 2))


def finally_wins():
    try:
        return "from try"
    finally:
        print("finally before return")


print(finally_wins())
