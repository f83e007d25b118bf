import heapq

tasks = [
    (2, "write tests", 30),
    (1, "fix prod bug", 45),
    (3, "update docs", 20),
    (1, "rotate keys", 10),
    (2, "review PR", 15),
]

heap = []
for order, (priority, name, minutes) in enumerate(tasks):
    heapq.heappush(heap, (priority, order, name, minutes))

clock = 9 * 60
while heap:
    priority, _, name, minutes = heapq.heappop(heap)
    start = clock
    clock += minutes
    print(f"{start // 60:02d}:{start % 60:02d}-{clock // 60:02d}:{clock % 60:02d} P{priority} {name}")

workers = [(0, "w1"), (0, "w2")]
jobs = [7, 3, 5, 2, 4]
assignments = []
for job in jobs:
    free_at, worker = heapq.heappop(workers)
    assignments.append((worker, job, free_at))
    heapq.heappush(workers, (free_at + job, worker))
print(assignments, "makespan:", max(t for t, _ in workers))
