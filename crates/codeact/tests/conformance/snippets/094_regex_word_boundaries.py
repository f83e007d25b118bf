import re
from collections import Counter

text = """The theme of the thesis: other theories, then the end.
Then THE last line; the. the!"""

print(len(re.findall(r"the", text)), "raw 'the'")
print(len(re.findall(r"\bthe\b", text)), "whole-word 'the'")
print(len(re.findall(r"\bthe\b", text, re.I)), "case-insensitive whole-word")
print(re.findall(r"\bthe\w+", text, re.I))
words = re.findall(r"[a-z']+", text.lower())
print(Counter(words).most_common(3))
print(re.findall(r"\b\w+(?=[.;:!])", text))
print(re.findall(r"\B\w\w\B", "python"))
