from collections import Counter

text = "mississippi river banks"
freq = Counter(text.replace(" ", ""))
print(freq.most_common(3))
for ch, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{ch}: {'*' * n} ({n})")

first_unique = next((ch for ch in text if text.count(ch) == 1), None)
print("first unique char:", first_unique)
repeated = sorted(ch for ch, n in freq.items() if n > 1)
print("repeated:", "".join(repeated))
print(Counter("hello") == Counter("olleh"), Counter("aab") - Counter("ab"))
