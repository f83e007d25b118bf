readings = [15, 22, 37, 41, 8, 29]
for r in readings:
    if 18 <= r <= 25:
        label = "comfortable"
    elif 25 < r < 35:
        label = "warm"
    elif r >= 35:
        label = "hot"
    else:
        label = "cold"
    print(r, label)

a, b, c = 3, 5, 5
print(a < b == c, a < b < c, a == b == c, a != b != a, 1 < 2 > 1.5)
print("a" < "b" < "c", [1, 2] < [1, 3] < [2], (1, "z") < (2, "a"))
x = 10
print(0 <= x < 10, 0 <= x <= 10, not 0 < x < 5)
