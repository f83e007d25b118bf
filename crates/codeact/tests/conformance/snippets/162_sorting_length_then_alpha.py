words = ["kiwi", "fig", "banana", "apple", "date", "cherry", "plum", "grape", "pear", "lime"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted(words, key=len)[:3], sorted(words, key=len, reverse=True)[:3])
by_length = {}
for w in sorted(words):
    by_length.setdefault(len(w), []).append(w)
print(dict(sorted(by_length.items())))
print(sorted(words, key=lambda w: w[::-1]))
print(sorted(words, key=lambda w: (w.count("a"), w), reverse=True)[:4])
