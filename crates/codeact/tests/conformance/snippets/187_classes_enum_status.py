from enum import Enum, IntEnum, auto


class Status(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


jobs = [("backup", Status.DONE, Priority.LOW), ("deploy", Status.RUNNING, Priority.HIGH),
        ("report", Status.FAILED, Priority.MEDIUM), ("index", Status.PENDING, Priority.HIGH)]
for name, status, priority in sorted(jobs, key=lambda j: j[2], reverse=True):
    print(f"{name:<7} {status.value:<8} {priority.name:<6} {int(priority)}")
print(Status("done"), Status["FAILED"], Status.DONE.name, Status.DONE == Status("done"))
print([s.value for s in Status], len(Status), Status.RUNNING in Status)
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, Priority(2))
print(Color.GREEN.value, list(Color), repr(Color.RED))
try:
    Status("unknown")
except ValueError as e:
    print("ValueError:", e)
