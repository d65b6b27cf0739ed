"""Generic functions with an Optional[T] default, a generator, a nested function and a Callable[[T], T];
a generic class with __contains__ and __len__; a protocol satisfied by a dataclass."""
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


def fill(n: int, x: T | None = None) -> list[T | None]:
    return [x for _ in range(n)]


def repeat_gen(x: T, n: int) -> Iterator[T]:
    for _ in range(n):
        yield x


def compose(x: T, f: Callable[[T], T], times: int) -> T:
    def step(v: T) -> T:
        return f(v)

    out: T = x
    for _ in range(times):
        out = step(out)
    return out


def inc(v: int) -> int:
    return v + 1


def exclaim(s: str) -> str:
    return s + "!"


class Set2(Generic[T]):
    def __init__(self, a: T, b: T) -> None:
        self.a = a
        self.b = b

    def __contains__(self, x: T) -> bool:
        return x == self.a or x == self.b

    def __len__(self) -> int:
        return 1 if self.a == self.b else 2


class HasArea(Protocol):
    def area(self) -> float: ...


@dataclass
class Rect:
    w: float
    h: float

    def area(self) -> float:
        return self.w * self.h


def report(s: HasArea) -> str:
    return f"{s} has area {s.area():.2f}"


print(fill(2, "a"), fill(1, 3))
print(list(repeat_gen("z", 3)), sum(repeat_gen(2, 4)))
print(compose(1, inc, 5), compose("a", exclaim, 2))
s = Set2(1, 2)
print(2 in s, 3 in s, len(s), len(Set2("x", "x")))
print(report(Rect(2.0, 1.5)))
