from dataclasses import dataclass, field


@dataclass
class Task:
    title: str
    priority: int = 3
    tags: list = field(default_factory=list)
    done: bool = False

    def complete(self):
        self.done = True


tasks = [
    Task("write report", 1, ["work"]),
    Task("buy milk", tags=["home", "errand"]),
    Task("fix bug #42", 2, ["work", "urgent"]),
]
tasks[1].complete()
for task in tasks:
    print(task)
print(tasks[0] == Task("write report", 1, ["work"]))
print(tasks[0].tags is not tasks[2].tags)
pending = sorted((t for t in tasks if not t.done), key=lambda t: t.priority)
print([t.title for t in pending])
work = [t.title for t in tasks if "work" in t.tags]
print(work)
