from collections import deque

tasks = deque([("build", 3), ("test", 2), ("lint", 1), ("deploy", 4), ("notify", 1)])
quantum = 2
clock = 0
finished = []

while tasks:
    name, remaining = tasks.popleft()
    run = min(quantum, remaining)
    clock += run
    remaining -= run
    if remaining:
        tasks.append((name, remaining))
        print(f"t={clock:2d} {name} ran {run}, {remaining} left")
    else:
        finished.append((name, clock))
        print(f"t={clock:2d} {name} finished")

print("Completion order:", [name for name, _ in finished])
average_turnaround = sum(t for _, t in finished) / len(finished)
print(f"Average turnaround: {average_turnaround:.1f}")
