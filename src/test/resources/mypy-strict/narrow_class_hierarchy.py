class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        self.radius = radius

    def area(self) -> float:
        return 3.0 * self.radius * self.radius


def label(s: Shape) -> str:
    if isinstance(s, Square):
        return "square with side " + str(s.side)
    elif isinstance(s, Circle):
        return "circle with radius " + str(s.radius)
    return "shape"


shapes: list[Shape] = [Square(2.0), Circle(1.5), Shape()]
for sh in shapes:
    print(label(sh), sh.area())
