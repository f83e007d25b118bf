categories = [
    (1, None, "Electronics"), (2, 1, "Computers"), (3, 1, "Phones"),
    (4, 2, "Laptops"), (5, 2, "Desktops"), (6, 3, "Android"),
    (7, 3, "iPhone"), (8, None, "Books"), (9, 8, "Fiction"), (10, 4, "Gaming laptops"),
]

children = {}
names = {}
for cid, parent, name in categories:
    names[cid] = name
    children.setdefault(parent, []).append(cid)


def print_tree(parent=None, level=0):
    for cid in children.get(parent, []):
        print("    " * level + ("- " if level else "") + names[cid])
        print_tree(cid, level + 1)


print_tree()


def path_to_root(cid):
    parent_of = {c: p for c, p, _ in categories}
    path = []
    while cid is not None:
        path.append(names[cid])
        cid = parent_of[cid]
    return " > ".join(reversed(path))


print(path_to_root(10))
print("leaf categories:", sorted(names[c] for c in names if c not in children))
