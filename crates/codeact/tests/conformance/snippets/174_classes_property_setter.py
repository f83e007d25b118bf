class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius + 273.15


t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius == t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
try:
    t.kelvin = 0
except AttributeError:
    print("kelvin is read-only")
print(t.celsius)
