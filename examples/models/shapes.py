"""Geometric shapes with polymorphic area and perimeter."""
from dataclasses import dataclass

PI = 3.141592653589793


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        raise NotImplementedError("area")

    def perimeter(self) -> float:
        raise NotImplementedError("perimeter")

    def describe(self) -> str:
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        super().__init__("circle")
        self.radius = radius

    def area(self) -> float:
        return PI * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * PI * self.radius


class Rectangle(Shape):
    def __init__(self, width: float, height: float) -> None:
        super().__init__("rectangle")
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = "square"


@dataclass
class Point:
    x: float
    y: float

    def distance(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


if __name__ == "__main__":
    shapes: list[Shape] = [Circle(1.0), Rectangle(3.0, 4.5), Square(2.0), Circle(0.5)]
    for shape in shapes:
        print(shape.describe())
    largest = max(shapes, key=lambda s: s.area())
    print("largest:", largest.name)
    print("total area:", round(sum((s.area() for s in shapes), 0.0), 4))
    print(sorted([s.name for s in shapes]))
    p = Point(0.0, 0.0)
    q = Point(3.0, 4.0)
    print(p, q, p.distance(q), p == Point(0.0, 0.0))
    try:
        Shape("blob").area()
    except NotImplementedError as e:
        print("not implemented:", e)
