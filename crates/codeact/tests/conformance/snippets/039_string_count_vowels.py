text = "Programming in Python is both powerful and surprisingly enjoyable"

vowels = "aeiou"
vowel_count = sum(1 for ch in text.lower() if ch in vowels)
consonant_count = sum(1 for ch in text.lower() if ch.isalpha() and ch not in vowels)
print(f"vowels={vowel_count} consonants={consonant_count}")

per_vowel = {v: text.lower().count(v) for v in vowels}
print(per_vowel)

words = text.split()
for word in words:
    n = sum(ch in vowels for ch in word.lower())
    print(f"{word:<14} {n} vowel{'s' if n != 1 else ''}")
no_vowels = "".join(ch for ch in text if ch.lower() not in vowels)
print(no_vowels)
