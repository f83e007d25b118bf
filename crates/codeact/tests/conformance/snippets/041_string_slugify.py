import unicodedata


def slugify(title, max_length=40):
    normalized = unicodedata.normalize("NFKD", title)
    ascii_only = normalized.encode("ascii", "ignore").decode("ascii")
    cleaned = []
    for ch in ascii_only.lower():
        if ch.isalnum():
            cleaned.append(ch)
        elif cleaned and cleaned[-1] != "-":
            cleaned.append("-")
    slug = "".join(cleaned).strip("-")
    return slug[:max_length].rstrip("-")


titles = [
    "Hello, World!",
    "  Crème Brûlée Recipe: The Best Way  ",
    "Python 3.11 -- What's New?",
    "Ünïcödé & Spëcial Chars #2024",
    "A very long blog post title that will definitely need truncating somewhere",
]
for title in titles:
    print(f"{title.strip()!r} -> {slugify(title)!r}")
