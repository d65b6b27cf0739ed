from typing import TypeVar

T = TypeVar("T", bound="Shape")


class Shape:
    def __init__(self) -> None:
        self.scale = 1.0

    def set_scale(self: T, scale: float) -> T:
        self.scale = scale
        return self


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__()
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r * self.scale


print(Circle(2.0).set_scale(0.5).area())
