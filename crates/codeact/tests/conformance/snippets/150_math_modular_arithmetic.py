p = 1_000_000_007
print(pow(2, 10), pow(2, 100, p), pow(3, 10**18, p))
print("inverse of 3 mod 11:", pow(3, -1, 11), (3 * pow(3, -1, 11)) % 11)


def mod_inverse(a, m):
    g, x = extended_gcd(a, m)[:2]
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


print(extended_gcd(240, 46), mod_inverse(17, 3120))
try:
    mod_inverse(6, 9)
except ValueError as e:
    print(e)
n, e, d = 3233, 17, 2753
message = 65
cipher = pow(message, e, n)
print("RSA encrypt:", cipher, "decrypt:", pow(cipher, d, n))
print([(i * i) % 7 for i in range(7)], (-5) % 7, 123456789 * 987654321 % p)
