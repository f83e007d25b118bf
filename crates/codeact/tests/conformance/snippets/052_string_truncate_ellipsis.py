def truncate(text, limit, suffix="..."):
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(",.;: ") + suffix


headlines = [
    "Local team wins championship after dramatic overtime finish",
    "Short news",
    "Scientists discover new species of deep-sea fish, surprising everyone",
    "Markets rally; investors cheer",
]
for headline in headlines:
    short = truncate(headline, 30)
    print(f"{len(short):2d} {short}")

print(truncate("abcdefghijklmnopqrstuvwxyz", 10))
print(truncate("word, word, word, word", 14, suffix=" (more)"))
