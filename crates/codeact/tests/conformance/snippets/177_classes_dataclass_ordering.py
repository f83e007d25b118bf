from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text):
        return cls(*(int(part) for part in text.lstrip("v").split(".")))

    def __str__(self):
        return f"v{self.major}.{self.minor}.{self.patch}"


releases = [Version.parse(s) for s in ["v1.4.2", "v1.10.0", "v0.9.9", "v1.4.10", "v2.0.0", "v1.4"]]
print(sorted(releases))
print([str(v) for v in sorted(releases, reverse=True)])
print(max(releases), min(releases))
print(Version(1, 4) < Version(1, 4, 1), Version(2) > Version(1, 99, 99), Version(1, 0, 0) == Version(1))
latest_1x = max(v for v in releases if v.major == 1)
print("latest 1.x:", latest_1x)
