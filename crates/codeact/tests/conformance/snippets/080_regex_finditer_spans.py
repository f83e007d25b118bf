import re

text = "The cat sat on the mat with another cat near the catalog."
for match in re.finditer(r"\bcat\b", text):
    print(match.group(), match.start(), match.end(), match.span())

words = [(m.group(), m.start()) for m in re.finditer(r"\b\w{3}\b", text)]
print(words)

highlighted = []
last = 0
for m in re.finditer(r"cat\w*", text):
    highlighted.append(text[last:m.start()])
    highlighted.append(f"[{m.group()}]")
    last = m.end()
highlighted.append(text[last:])
print("".join(highlighted))
m = re.search(r"(\w+) (\w+)$", "first second third")
print(m.groups(), m.group(0), m.lastindex, m.string)
