class Reading:
    unit = "C"

    def __init__(self, station, value_c):
        self.station = station
        self.value_c = value_c

    @classmethod
    def from_fahrenheit(cls, station, value_f):
        return cls(station, round((value_f - 32) * 5 / 9, 2))

    @classmethod
    def from_record(cls, record):
        station, raw = record.split(":")
        if raw.endswith("F"):
            return cls.from_fahrenheit(station, float(raw[:-1]))
        return cls(station, float(raw.rstrip("C")))

    @staticmethod
    def average(readings):
        return round(sum(r.value_c for r in readings) / len(readings), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.station}, {self.value_c}{self.unit})"


class CalibratedReading(Reading):
    offset = -0.5

    def __init__(self, station, value_c):
        super().__init__(station, round(value_c + self.offset, 2))


records = ["oslo:12.5C", "miami:86F", "quito:59F", "cairo:31C"]
readings = [Reading.from_record(r) for r in records]
print(readings)
print("average:", Reading.average(readings))
calibrated = [CalibratedReading.from_record(r) for r in records]
print(calibrated, CalibratedReading.average(calibrated))
