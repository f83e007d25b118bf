import json
from dataclasses import dataclass, field, asdict


@dataclass
class Step:
    name: str
    seconds: float
    ok: bool = True


@dataclass
class Run:
    run_id: str
    steps: list = field(default_factory=list)

    @property
    def duration(self):
        return round(sum(s.seconds for s in self.steps), 3)

    def to_json(self):
        data = asdict(self)
        data["duration"] = self.duration
        return json.dumps(data, indent=2)

    @classmethod
    def from_json(cls, text):
        data = json.loads(text)
        return cls(data["run_id"], [Step(**s) for s in data["steps"]])


run = Run("run-42", [Step("fetch", 1.25), Step("parse", 0.4), Step("upload", 3.1, ok=False)])
text = run.to_json()
print(text)
copy = Run.from_json(text)
print(copy == run, copy.steps[2], copy.duration)
