import unicodedata

for ch in ["A", "é", "ß", "€", "٣", "😀", " ", "\u200b"]:
    print(f"U+{ord(ch):04X} {unicodedata.category(ch):<3} {unicodedata.name(ch, '<no name>')}")
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.decimal("٣"), unicodedata.digit("5"))
text = "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３"
print(unicodedata.normalize("NFKC", text))
composed = "é"
decomposed = unicodedata.normalize("NFD", composed)
print(len(composed), len(decomposed), [unicodedata.name(c) for c in decomposed])
print(unicodedata.east_asian_width("日"), unicodedata.mirrored("("), unicodedata.combining("\u0301"))
