from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def identity(x: T) -> T:
    return x


f: Callable[[int], int] = identity
print(f(1))
