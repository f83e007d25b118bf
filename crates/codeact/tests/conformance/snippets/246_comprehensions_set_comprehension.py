emails = ["ann@acme.com", "bob@globex.com", "cat@acme.com", "dan@initech.com", "eve@globex.com"]
domains = {e.split("@")[1] for e in emails}
print(sorted(domains), len(domains))

text = "the quick brown fox jumps over the lazy dog the end"
lengths = {len(w) for w in text.split()}
print(sorted(lengths))
first_letters = sorted({w[0] for w in text.split()})
print("".join(first_letters))
multiples = {n for n in range(1, 50) if n % 6 == 0 or n % 9 == 0}
print(sorted(multiples))
remainders = {n % 7 for n in range(100, 120)}
print(remainders == set(range(7)), min(remainders), max(remainders))
print({x * x for x in [-3, -2, 2, 3]} == {4, 9})
