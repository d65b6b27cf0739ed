class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def __str__(self) -> str:
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


if __name__ == "__main__":
    shapes: list[Shape] = [Shape("point"), Square(2.0)]
    for s in shapes:
        print(s)
