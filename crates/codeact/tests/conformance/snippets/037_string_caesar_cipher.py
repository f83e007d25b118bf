def caesar(text, shift):
    result = []
    for ch in text:
        if ch.isupper():
            result.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        elif ch.islower():
            result.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            result.append(ch)
    return "".join(result)


message = "Meet me at the Old Bridge at 7pm!"
secret = caesar(message, 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz XYZ", 4))

counts = {}
for ch in secret.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
most_common = max(sorted(counts), key=counts.get)
guess = (ord(most_common) - ord("e")) % 26
print("most common letter:", most_common, "guessed shift:", guess)
print(caesar(secret, -guess))
