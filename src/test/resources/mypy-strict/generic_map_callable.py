from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
S = TypeVar("S")


def apply_all(f: Callable[[T], S], xs: list[T]) -> list[S]:
    return [f(x) for x in xs]


def length(s: str) -> int:
    return len(s)


def halve(n: int) -> float:
    return n / 2


print(apply_all(length, ["a", "bcd", ""]))
print(apply_all(halve, [1, 4, 7]))
