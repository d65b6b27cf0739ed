"""abc.ABC and @abstractmethod: concrete subclasses dispatch; abstract classes refuse instantiation."""
from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def area(self) -> float:
        ...

    @abstractmethod
    def perimeter(self) -> float:
        """The length of the boundary."""

    def describe(self) -> str:
        return f"{self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = "square"


class HalfDone(Shape):
    def area(self) -> float:
        return 0.0


class Greeter(ABC):
    @abstractmethod
    def greet(self) -> str:
        raise NotImplementedError

    def twice(self) -> str:
        return self.greet() + self.greet()


class Hello(Greeter):
    def greet(self) -> str:
        return "hello "


def total_area(shapes: list[Shape]) -> float:
    return sum(s.area() for s in shapes)


def main() -> None:
    shapes: list[Shape] = [Rect(2.0, 3.0), Square(1.5)]
    for s in shapes:
        print(s.describe())
    print(total_area(shapes), Hello().twice())
    try:
        Shape("abstract")
    except TypeError as e:
        print("TypeError:", e)
    try:
        HalfDone("half")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Greeter()
    except TypeError as e:
        print("TypeError:", e)
    HalfDone("again")


if __name__ == "__main__":
    main()
