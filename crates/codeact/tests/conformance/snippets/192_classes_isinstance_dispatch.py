class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper() + "!"


class Cat(Animal):
    sound = "meow"


pets = [Dog("Rex"), Cat("Tom"), Puppy("Bit"), Animal("Generic")]
for pet in pets:
    print(f"{type(pet).__name__:<7} {pet.speak()}")
print([p.name for p in pets if isinstance(p, Dog)])
print(isinstance(pets[2], Animal), isinstance(pets[1], Dog), issubclass(Puppy, Animal), issubclass(Cat, (Dog, Puppy)))
print(type(pets[2]) is Dog, type(pets[2]) is Puppy)


def describe(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return f"sequence of {len(value)}"
    return "other"


print([describe(v) for v in [True, 3, 2.5, "x", [1, 2], (1,), None, {}]])
