import queue

fifo = queue.Queue()
for task in ["download", "parse", "store"]:
    fifo.put(task)
print(fifo.qsize(), [fifo.get() for _ in range(3)], fifo.empty())

lifo = queue.LifoQueue()
for page in ["home", "products", "cart"]:
    lifo.put(page)
print([lifo.get() for _ in range(lifo.qsize())])

jobs = queue.PriorityQueue()
for priority, name in [(3, "cleanup"), (1, "payment"), (2, "email"), (1, "alert")]:
    jobs.put((priority, name))
while not jobs.empty():
    priority, name = jobs.get()
    print(f"run {name} (priority {priority})")
try:
    fifo.get_nowait()
except queue.Empty:
    print("queue.Empty raised")
bounded = queue.Queue(maxsize=1)
bounded.put("only")
print(bounded.full())
