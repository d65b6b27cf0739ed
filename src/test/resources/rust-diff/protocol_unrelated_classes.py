"""A Protocol with an attribute and methods, satisfied by two unrelated classes; the function taking it
runs each class's own methods. A Sized parameter takes a user class with __len__, a list, a str and a dict."""
from collections.abc import Sized
from typing import Protocol


class Shape(Protocol):
    name: str

    def area(self) -> float: ...

    def scaled(self, k: int) -> str: ...


class Square:
    def __init__(self, side: int) -> None:
        self.name = "square"
        self.side = side

    def area(self) -> float:
        return float(self.side * self.side)

    def scaled(self, k: int) -> str:
        return f"square of side {self.side * k}"


class Circle:
    def __init__(self, r: float) -> None:
        self.name = "circle"
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r

    def scaled(self, k: int) -> str:
        return "circle of radius " + str(self.r * k)


def describe(s: Shape, k: int = 2) -> str:
    return s.name + ": " + str(s.area()) + " / " + s.scaled(k)


def bigger(a: Shape, b: Shape) -> str:
    return a.name if a.area() >= b.area() else b.name


class Deck:
    def __init__(self, cards: list[str]) -> None:
        self.cards = cards

    def __len__(self) -> int:
        return len(self.cards)


def count(x: Sized) -> str:
    return f"{len(x)} item(s)"


print(describe(Square(3)))
print(describe(Circle(0.5), k=4))
print(bigger(Square(2), Circle(1.5)), bigger(Circle(0.1), Square(1)))
print(count(Deck(["A", "K"])), count([1, 2, 3]), count("hello"), count({"a": 1}))
sq = Square(4)
sq.name = "renamed"
print(describe(sq, 0))
print(describe(Circle(1.0), -1))
