people = ["Grace Brewster Murray Hopper", "alan turing", "Ada Lovelace", "Linus Benedict Torvalds"]

for full_name in people:
    parts = full_name.split()
    initials = "".join(p[0].upper() for p in parts)
    short = f"{parts[0].title()} {parts[-1][0].upper()}."
    formal = f"{parts[-1].title()}, {' '.join(p.title() for p in parts[:-1])}"
    print(f"{initials:<5}{short:<12}{formal}")

org = "National Aeronautics and Space Administration"
stop = {"and", "of", "the", "for"}
acronym = "".join(w[0] for w in org.split() if w.lower() not in stop)
print(acronym)
print("-".join(word[:3] for word in org.lower().split()))
