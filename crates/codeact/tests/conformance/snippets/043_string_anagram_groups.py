words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
         "dog", "inlets", "banana"]

groups = {}
for word in words:
    key = "".join(sorted(word))
    groups.setdefault(key, []).append(word)

for key, members in groups.items():
    if len(members) > 1:
        print(f"{key}: {', '.join(members)}")

singles = [members[0] for members in groups.values() if len(members) == 1]
print("no anagram:", singles)


def is_anagram(a, b):
    clean = lambda s: sorted(s.replace(" ", "").lower())
    return clean(a) == clean(b)


print(is_anagram("Dormitory", "Dirty room"))
print(is_anagram("The eyes", "They see"))
print(is_anagram("Hello", "World"))
