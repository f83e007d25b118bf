a = [1, 2, 3]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
print(None is None, [] == [], [] is not [], () == ())
x = None
if x is None:
    print("x is None")
values = [0, None, False, "", []]
print([v is None for v in values], [v == 0 for v in values])
print(1 == 1.0 == True, "1" == 1, [1, 2] == (1, 2), {1: "a"} == {1.0: "a"})
s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2, s1 in ["hello", "world"], 3 in {1: "x", 3: "y"}, "y" in {1: "x", 3: "y"})
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
