"""Class attributes: shared by the class and its instances, shadowed by instance attributes, looked up through bases."""
from dataclasses import dataclass
from typing import ClassVar


class Ticket:
    issued: ClassVar[int] = 0
    log: ClassVar[list[str]] = []

    def __init__(self, owner: str) -> None:
        self.owner = owner
        Ticket.issued += 1
        self.number = Ticket.issued
        self.log.append(owner)


class Shape:
    sides = 0
    name = "shape"
    tags: list[str] = []

    def describe(self) -> str:
        return f"{self.name} with {self.sides} sides"

    def tag(self, t: str) -> None:
        self.tags.append(t)


class Square(Shape):
    sides = 4
    name = "square"


class Tiny(Square):
    pass


class Counter:
    step = 1
    total = 0

    def bump(self) -> int:
        # Reads the class attribute the first time, then the instance's own.
        self.total += self.step
        return self.total


class Named:
    label = "default"

    def __init__(self, rename: bool) -> None:
        if rename:
            self.label = "own"


@dataclass
class Point:
    x: int
    y: int = 0
    made: ClassVar[int] = 0
    origin_name = "O"

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


a = Ticket("a")
b = Ticket("b")
print(a.number, b.number, Ticket.issued, a.issued, Ticket.log, b.log)

shapes: list[Shape] = [Shape(), Square(), Tiny()]
for s in shapes:
    print(s.describe(), s.sides)
print(Shape.sides, Square.sides, Tiny.sides, Tiny.name)
shapes[1].tag("red")
Tiny().tag("blue")
print(Shape.tags, Square.tags, shapes[0].tags)
Square.sides = 5
print(shapes[1].describe(), shapes[2].sides, Shape.sides)
Shape.name = "thing"
print(shapes[0].describe(), shapes[1].describe())

c1 = Counter()
c2 = Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.total)
Counter.step = 10
print(c1.bump(), c2.bump(), Counter().bump(), Counter.total)

n1 = Named(False)
n2 = Named(True)
print(n1.label, n2.label, Named.label)
Named.label = "changed"
print(n1.label, n2.label, Named.label)

Point.made += 2
p = Point(3, -4)
print(p, p.norm1(), Point.made, p.made, Point.origin_name, p.origin_name)
