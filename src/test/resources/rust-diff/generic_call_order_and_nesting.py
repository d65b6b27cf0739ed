"""Generic calls evaluate keyword arguments in written order; Sequence/Iterable parameters keep a str,
tuple or dict argument's own type; generic dataclasses and classes nest and call generic functions."""
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


def pair(a: T, b: U) -> tuple[T, U]:
    return (a, b)


def noisy(x: int) -> int:
    print("eval", x)
    return x


def head(xs: Sequence[T]) -> T:
    return xs[0]


def collect(xs: Iterable[T]) -> list[T]:
    out: list[T] = []
    for x in xs:
        out.append(x)
    return out


@dataclass
class Cell(Generic[T]):
    value: T
    note: str = "-"


class Bag(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def add(self, x: T) -> "Bag[T]":
        self.items.append(x)
        return self

    def first(self) -> T:
        return head(self.items)


print(pair(b=noisy(1), a=noisy(2)))
print(pair(noisy(3), "s"))
print(head((1, 2, 3)), head("zz"), head([[1], [2]]))
print(collect([1, 2]), collect("ab"), collect({"k": 1}))
c = Cell(Cell(3))
print(c, c.value.value + 1)
d: Cell[list[int]] = Cell([], note="empty")
d.value.append(4)
print(d)
b = Bag[str]().add("x").add("y")
print(b.first(), b.items)
nested: Bag[Bag[int]] = Bag()
nested.add(Bag[int]().add(5))
print(nested.first().first())
print(Bag[int]() == Bag[int]())
print(head(b.items[1:]))
print(head(Bag[float]().items))
