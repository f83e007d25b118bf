import re

identifiers = ["parseHTTPResponse", "XMLHttpRequest", "getUserID", "simple", "version2Update", "ABC"]
for ident in identifiers:
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|\b)|[A-Z]?[a-z]+|\d+", ident)
    print(f"{ident:<18} {words} -> {'_'.join(w.lower() for w in words)}")

print(re.sub(r"(?<!^)(?=[A-Z])", " ", "ThisIsATitle"))
print(re.findall(r"[A-Z][^A-Z]*", "SplitTheseWordsPlease"))
