sentence = "Data science agents write Python to solve tasks step by step"
words = sentence.split()

print([w.lower() for w in words if len(w) > 4])
print([w[::-1] for w in words[:4]])
print({w.lower(): len(w) for w in words if w[0].isupper()})
print("".join(w[0] for w in words))
print(" ".join(w.capitalize() if i % 2 == 0 else w.upper() for i, w in enumerate(words)))
vowel_counts = [(w, sum(c in "aeiou" for c in w.lower())) for w in words]
print(max(vowel_counts, key=lambda p: p[1]))
chars = [c for c in sentence.lower() if c.isalpha()]
print(len(chars), len(set(chars)), sorted(set(chars))[:5])
print([ord(c) - 96 for c in "abcxyz"])
