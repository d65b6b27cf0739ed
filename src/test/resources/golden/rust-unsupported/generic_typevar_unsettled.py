from typing import TypeVar

T = TypeVar("T")


def nothing() -> list[T]:
    return []


print(len(nothing()))
