from typing import TypeVar

T = TypeVar("T")


def repeat(item: T, n: int) -> list[T]:
    return [item for _ in range(n)]


def last(xs: list[T]) -> T:
    return xs[-1]


print(repeat("ab", 3))
print(last(repeat(7, 2)))
