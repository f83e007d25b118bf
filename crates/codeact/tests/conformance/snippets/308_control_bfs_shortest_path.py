from collections import deque

graph = {
    "home": ["park", "school", "shop"],
    "park": ["home", "lake"],
    "school": ["home", "library", "shop"],
    "shop": ["home", "school", "station"],
    "library": ["school", "station"],
    "lake": ["park"],
    "station": ["shop", "library", "airport"],
    "airport": ["station"],
}


def shortest_path(start, goal):
    queue = deque([[start]])
    visited = {start}
    while queue:
        path = queue.popleft()
        node = path[-1]
        if node == goal:
            return path
        for neighbour in graph[node]:
            if neighbour not in visited:
                visited.add(neighbour)
                queue.append(path + [neighbour])
    return None


for goal in ["airport", "lake", "library", "home"]:
    path = shortest_path("home", goal)
    print(f"home -> {goal}: {' > '.join(path)} ({len(path) - 1} hops)")
distances = {}
queue = deque([("home", 0)])
while queue:
    node, dist = queue.popleft()
    if node in distances:
        continue
    distances[node] = dist
    queue.extend((n, dist + 1) for n in graph[node])
print(distances)
