"""One generic function called with an int, a str and a user class: each call runs on the argument
itself and returns the argument's own type (the result is used as that type)."""
from typing import TypeVar

T = TypeVar("T")


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


def twice(item: T) -> list[T]:
    return [item, item]


def pick(flag: bool, a: T, b: T) -> T:
    if flag:
        return a
    return b


def last_of(items: list[T], default: T) -> T:
    if not items:
        return default
    return items[-1]


print(twice(3), twice("ab"), twice(Point(1, 2)))
print(pick(True, 1, 2) + 10, pick(False, "x", "y") * 3)
p = pick(False, Point(0, 0), Point(5, 6))
print(p.x + p.y, p)
print(last_of([], 7), last_of(["q", "r"], "z"), last_of([Point(3, 4)], Point(0, 0)))
pts = twice(Point(9, 9))
pts[0].x = 1
print(pts, pts[0] is pts[1])
print(last_of([1.5, 2.25], 0.0) / 2)
print(twice(None), twice((1, "a")))
print(last_of([10], 0) // 0)
