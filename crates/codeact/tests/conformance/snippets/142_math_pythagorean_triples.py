import math

triples = []
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = math.isqrt(c2)
        if c * c == c2 and c < 40:
            triples.append((a, b, c))
print(len(triples), "triples")
print(triples)
primitive = [t for t in triples if math.gcd(*t) == 1]
print("primitive:", primitive)
print("perimeters:", sorted({sum(t) for t in triples})[:10])
print([(a, b, c) for a, b, c in triples if a + b + c == 60])
