import math


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius


class Rectangle(Shape):
    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")


shapes = [Circle(1.5), Rectangle(3, 4), Square(2.5)]
for shape in shapes:
    print(shape.describe())
print(sorted(s.name for s in shapes if isinstance(s, Rectangle)))
print(isinstance(shapes[2], Shape), issubclass(Square, Rectangle), type(shapes[2]).__name__)
print("total area:", round(sum(s.area() for s in shapes), 3))
