import re

search_terms = ["C++", "a.b", "$100", "(draft)", "what?"]
document = "We use C++ and Python. File a.b vs axb. Costs $100 (draft) -- what? really"

for term in search_terms:
    naive = len(re.findall(term, document)) if term not in ("C++", "(draft)", "what?", "$100") else "error/wrong"
    escaped = re.escape(term)
    print(f"{term!r:10} escaped={escaped!r:14} matches={len(re.findall(escaped, document))} naive={naive}")

alternation = "|".join(map(re.escape, search_terms))
print(re.findall(alternation, document))
try:
    re.compile("C++")
except re.error as err:
    print("re.error:", err)
