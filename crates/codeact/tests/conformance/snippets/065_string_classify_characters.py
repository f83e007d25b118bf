samples = ["12345", "abcDEF", "abc123", "   ", "Hello World", "3.14", "-7", "ÀÉÎ", "", "hello_world"]

print(f"{'sample':<14}{'digit':>6}{'alpha':>6}{'alnum':>6}{'space':>6}{'upper':>6}{'lower':>6}")
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower()]
    print(f"{s!r:<14}" + "".join(f"{'Y' if f else '.':>6}" for f in flags))


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


print([s for s in samples if is_number(s)])
print("hello_world".isidentifier(), "2fast".isidentifier(), "Title Case".istitle())
