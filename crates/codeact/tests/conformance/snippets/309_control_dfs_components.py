edges = [(1, 2), (2, 3), (4, 5), (6, 7), (7, 8), (8, 6), (9, 9), (3, 1), (10, 4)]
nodes = range(1, 12)

adjacency = {n: set() for n in nodes}
for a, b in edges:
    adjacency[a].add(b)
    adjacency[b].add(a)


def explore(start, seen):
    stack = [start]
    component = []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        component.append(node)
        stack.extend(sorted(adjacency[node] - seen, reverse=True))
    return component


seen = set()
components = []
for node in nodes:
    if node not in seen:
        components.append(sorted(explore(node, seen)))
print(len(components), "components:", components)
print("largest:", max(components, key=len), "isolated:", [c[0] for c in components if len(c) == 1])


def has_cycle(node, parent, visited):
    visited.add(node)
    for nxt in sorted(adjacency[node]):
        if nxt == parent:
            continue
        if nxt in visited or has_cycle(nxt, node, visited):
            return True
    return False


print({tuple(c): has_cycle(c[0], None, set()) for c in components if len(c) > 1})
