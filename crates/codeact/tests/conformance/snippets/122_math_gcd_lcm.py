import math
from functools import reduce

pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (270, 192)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {math.gcd(a, b):<3} lcm = {math.lcm(a, b)}")


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(1071, 462), math.gcd(1071, 462))
numbers = [12, 18, 30, 42]
print("gcd of list:", reduce(math.gcd, numbers), math.gcd(*numbers))
print("lcm of list:", reduce(lambda x, y: x * y // gcd(x, y), numbers), math.lcm(*numbers))
numerator, denominator = 84, 126
g = math.gcd(numerator, denominator)
print(f"{numerator}/{denominator} = {numerator // g}/{denominator // g}")
print("buses meet again after", math.lcm(12, 15, 20), "minutes")
