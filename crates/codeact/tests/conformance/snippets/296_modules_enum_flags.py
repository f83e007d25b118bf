from enum import Flag, Enum, auto, unique


class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE


@unique
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    @property
    def is_midweek(self):
        return self is Weekday.TUE or self is Weekday.WED

    @classmethod
    def parse(cls, text):
        return cls[text.strip().upper()[:3]]


editor = Permission.READ | Permission.WRITE
print(editor, Permission.WRITE in editor, Permission.EXECUTE in editor)
print(Permission.ALL & ~Permission.WRITE, bool(Permission.READ & Permission.WRITE))
print(Permission.READ.value, Permission.ALL.value, [p.name for p in Permission])
print(Weekday.parse(" tuesday "), Weekday.parse("Mon").is_midweek, Weekday(3).name)
print([d.value for d in Weekday], Weekday.WED.value - Weekday.MON.value)
