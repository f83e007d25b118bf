documents = {
    "doc1": "Python agents write code to solve problems",
    "doc2": "Agents call tools and write answers",
    "doc3": "Code runs in a sandbox for safety",
}

index = {}
for doc_id, text in documents.items():
    for word in {w.lower() for w in text.split()}:
        index.setdefault(word, []).append(doc_id)
shared = {w: sorted(ids) for w, ids in sorted(index.items()) if len(ids) > 1}
print(shared)
query = ["write", "code"]
hits = [d for d in documents if all(d in index.get(q, []) for q in query)]
print("docs with", query, "->", hits)
word_counts = {d: len(t.split()) for d, t in documents.items()}
print(word_counts)
vocabulary = sorted({w.lower() for t in documents.values() for w in t.split()})
print(len(vocabulary), vocabulary[:6])
