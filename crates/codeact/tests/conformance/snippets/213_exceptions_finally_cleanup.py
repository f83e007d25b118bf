resources = []


class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True
        resources.append(self)
        print(f"open {name}")

    def close(self):
        self.open = False
        print(f"close {self.name}")


def run_job(name, fail_at=None):
    r = Resource(name)
    try:
        for step in range(3):
            if step == fail_at:
                raise RuntimeError(f"{name} failed at step {step}")
            print(f"  {name} step {step}")
        return f"{name} finished"
    finally:
        r.close()


for job, fail in [("import", None), ("export", 1)]:
    try:
        print(run_job(job, fail))
    except RuntimeError as e:
        print("error:", e)
print("all closed:", all(not r.open for r in resources))
