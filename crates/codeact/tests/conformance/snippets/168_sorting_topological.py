from collections import deque

dependencies = {
    "deploy": ["build", "test"],
    "test": ["build"],
    "build": ["fetch", "configure"],
    "configure": ["fetch"],
    "fetch": [],
    "docs": ["configure"],
}

indegree = {task: 0 for task in dependencies}
dependents = {task: [] for task in dependencies}
for task, needs in dependencies.items():
    for need in needs:
        indegree[task] += 1
        dependents[need].append(task)

ready = deque(sorted(t for t, d in indegree.items() if d == 0))
order = []
while ready:
    task = ready.popleft()
    order.append(task)
    for nxt in sorted(dependents[task]):
        indegree[nxt] -= 1
        if indegree[nxt] == 0:
            ready.append(nxt)

print(" -> ".join(order))
print("valid:", all(order.index(n) < order.index(t) for t, needs in dependencies.items() for n in needs))
dependencies["fetch"].append("deploy")
print("cycle check: len(order)==len(tasks) was", len(order) == len(dependencies))
