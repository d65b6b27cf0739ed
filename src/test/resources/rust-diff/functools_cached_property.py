"""functools.cached_property: computed on the first read, kept in the object, replaced by assignment."""
from functools import cached_property
import functools


class Circle:
    def __init__(self, radius: float) -> None:
        self.radius = radius

    @cached_property
    def area(self) -> float:
        print("computing area of", self.radius)
        return 3.0 * self.radius * self.radius

    @functools.cached_property
    def label(self) -> str:
        print("computing label")
        return "circle r=" + str(self.radius)


class Unit(Circle):
    def __init__(self) -> None:
        super().__init__(1.0)


def main() -> None:
    c = Circle(2.0)
    print(c.area, c.area)
    c.radius = 10.0
    print(c.area)
    c.area = 1.5
    print(c.area, c.label, c.label)
    d = Circle(3.0)
    d.label = "preset"
    print(d.label, d.area)
    u = Unit()
    shapes: list[Circle] = [u, c]
    for s in shapes:
        print(s.area, s.label)


if __name__ == "__main__":
    main()
