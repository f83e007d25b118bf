text = """Python is a programming language that lets you work quickly and integrate
systems more effectively. It is easy to learn! Many people start with Python.
Does it scale? Yes, it powers large services too."""

sentences = [s for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
words = [w.strip(".,!?").lower() for w in text.split()]
letters = sum(len(w) for w in words)

print("characters:", len(text))
print("lines:", len(text.splitlines()))
print("sentences:", len(sentences))
print("words:", len(words))
print("unique words:", len(set(words)))
print(f"average word length: {letters / len(words):.2f}")
print(f"words per sentence: {len(words) / len(sentences):.1f}")
longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
print("longest words:", longest)
print("python mentions:", words.count("python"))
