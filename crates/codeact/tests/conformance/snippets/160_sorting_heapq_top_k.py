import heapq

scores = {"ana": 88, "ben": 95, "cai": 72, "dee": 95, "eli": 60, "fay": 81, "gus": 99}
print(heapq.nlargest(3, scores.items(), key=lambda kv: kv[1]))
print(heapq.nsmallest(2, scores, key=scores.get))

numbers = [27, 3, 91, 45, 12, 8, 64, 33]
heap = []
for n in numbers:
    heapq.heappush(heap, n)
print("heap[0]:", heap[0])
print("popped in order:", [heapq.heappop(heap) for _ in range(len(heap))])

data = numbers[:]
heapq.heapify(data)
print(data[0], len(data))
print(heapq.heappushpop(data, 1), heapq.heapreplace(data, 100), sorted(data))
max_heap = [-n for n in numbers]
heapq.heapify(max_heap)
print("top 3 via max-heap:", [-heapq.heappop(max_heap) for _ in range(3)])
