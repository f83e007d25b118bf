import heapq

roads = {
    "A": {"B": 4, "C": 2},
    "B": {"A": 4, "C": 1, "D": 5},
    "C": {"A": 2, "B": 1, "D": 8, "E": 10},
    "D": {"B": 5, "C": 8, "E": 2, "F": 6},
    "E": {"C": 10, "D": 2, "F": 2},
    "F": {"D": 6, "E": 2},
}


def dijkstra(graph, source):
    dist = {node: float("inf") for node in graph}
    previous = {}
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for neighbour, weight in graph[node].items():
            candidate = d + weight
            if candidate < dist[neighbour]:
                dist[neighbour] = candidate
                previous[neighbour] = node
                heapq.heappush(heap, (candidate, neighbour))
    return dist, previous


dist, previous = dijkstra(roads, "A")
for node in sorted(roads):
    path, current = [node], node
    while current in previous:
        current = previous[current]
        path.append(current)
    print(f"A -> {node}: {dist[node]:>2} via {'-'.join(reversed(path))}")
