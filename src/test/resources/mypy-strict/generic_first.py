from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def first(seq: Sequence[T]) -> T:
    return seq[0]


print(first([3, 4, 5]))
print(first("xyz"))
print(first(("a", "b")))
