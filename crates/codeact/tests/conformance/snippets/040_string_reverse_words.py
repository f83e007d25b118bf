sentence = "  the sky   is blue and the grass is green  "

words = sentence.split()
print(" ".join(reversed(words)))
print(" ".join(word[::-1] for word in words))
print(sentence.strip()[::-1])
print("|" + sentence.lstrip() + "|")
print("|" + sentence.rstrip() + "|")

title = " ".join(w.capitalize() for w in words)
print(title)
unique_in_order = []
for w in words:
    if w not in unique_in_order:
        unique_in_order.append(w)
print(unique_in_order)
print(words.count("is"), words.index("blue"), len(words))
