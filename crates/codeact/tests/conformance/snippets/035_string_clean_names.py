raw_names = ["  alice SMITH ", "BOB o'neil", "charlie   brown", "dIaNa  prince  ", "", "  eve "]

cleaned = []
for raw in raw_names:
    name = " ".join(raw.split())
    if not name:
        continue
    cleaned.append(name.title())

print(cleaned)
print([n.upper() for n in cleaned])
print([n.lower().replace(" ", "_") for n in cleaned])
last_names = [n.split()[-1] for n in cleaned if len(n.split()) > 1]
print("last names:", last_names)
print("capitalize:", "hELLO wORLD".capitalize(), "| swapcase:", "Hello World".swapcase())
print("longest:", max(cleaned, key=len), len(max(cleaned, key=len)))
