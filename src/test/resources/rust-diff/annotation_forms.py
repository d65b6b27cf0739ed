"""Annotation spellings that mean one type: typing and collections.abc aliases, Literal, Final, Self, unions."""
import typing
from collections.abc import Mapping, Sequence, MutableSequence, Iterable
from typing import Final, Literal, Optional, Self, Union

MODE: Final = "rb"
LIMIT: Final[int] = 3
COLOURS: Final = ["red", "blue", "yellow"]


def open_helper(path: str, mode: Literal["r", "rb", "w", "wb"]) -> str:
    return path + ":" + mode


def upper_all(items: Sequence[str]) -> list[str]:
    return [item.upper() for item in items]


def lookup(data: Mapping[str, int], key: str) -> int:
    return data.get(key, 0)


def push(items: MutableSequence[int], n: int) -> None:
    for i in range(n):
        items.append(i * LIMIT)


def joined_twice(parts: Iterable[str]) -> str:
    return "-".join(parts) + "|" + "-".join(parts)


def first_or_none(xs: typing.List[int]) -> typing.Optional[int]:
    return xs[0] if xs else None


def fetch(url: str, timeout: float | None = None) -> str:
    if timeout is None:
        return url + " (no timeout)"
    return url + " " + str(timeout)


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def renamed(self, name: str) -> Self:
        self.name = name
        return self


class Square(Shape):
    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


def describe(s: Square | Circle) -> str:
    return s.name + " " + str(s.area())


def maybe_describe(s: Union[Square, Circle, None] = None) -> str:
    if s is None:
        return "nothing"
    return describe(s)


def pick(i: int) -> Optional[Square | Circle]:
    if i == 0:
        return None
    return Square(2.0) if i == 1 else Circle(1.5)


def scaled(n=10, factor=2.5, label="", loud=False, offset=-1) -> str:
    text = label + str(n * factor + offset)
    return text.upper() if loud else text


if __name__ == "__main__":
    print(open_helper("/some/path", "r"), MODE, LIMIT, COLOURS)
    print(upper_all(["a", "b"]), lookup({"key": 1}, "key"), lookup({"key": 1}, "nope"))
    nums: list = [5]
    push(nums, 3)
    print(nums)
    print(joined_twice(["x", "y"]))
    print(first_or_none([]), first_or_none([7, 8]))
    print(fetch("a"), fetch("b", 1.5))
    for i in range(3):
        print(maybe_describe(pick(i)))
    print(describe(Circle(1.0).renamed("disc")))
    table: dict = {"one": 1, "two": 2}
    pair: tuple = (1, "a")
    print(table, pair)
    print(scaled(), scaled(3, 1.0, "n=", True, 0))
