emails = [
    "Alice@Example.com", "bob@example.com", "alice@example.com ",
    "carol@test.org", "BOB@EXAMPLE.COM", "dave@test.org", "carol@test.org",
]

seen = set()
unique = []
duplicates = []
for email in emails:
    normalized = email.strip().lower()
    if normalized in seen:
        duplicates.append(normalized)
        continue
    seen.add(normalized)
    unique.append(normalized)

print("Unique:", unique)
print("Duplicates found:", len(duplicates))
print("Duplicate list:", duplicates)
print(list(dict.fromkeys(e.strip().lower() for e in emails)) == unique)
domains = {}
for address in unique:
    domain = address.split("@")[1]
    domains[domain] = domains.get(domain, 0) + 1
print(domains)
