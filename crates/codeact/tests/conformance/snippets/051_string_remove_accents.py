import unicodedata

names = ["José", "François", "Zoë", "Ångström", "Müller", "Łukasz", "naïve café"]

def strip_accents(text):
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


for name in names:
    plain = strip_accents(name)
    print(f"{name:<12} -> {plain:<12} len {len(name)} vs {len(unicodedata.normalize('NFD', name))}")

print(unicodedata.name("é"), unicodedata.category("é"), unicodedata.category("5"))
print(unicodedata.normalize("NFC", "e\u0301") == "é")
print("straße".upper(), "ǅ".lower(), "ﬁ".upper())
print("Ⅻ".isnumeric(), "²".isdigit(), "٣".isdecimal(), unicodedata.numeric("½"))
