from typing import TypeVar, Generic, Optional

T = TypeVar('T')
Alias = Optional[int]


class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v


def first(x: Alias = None) -> Alias:
    return x


print(Box(1).v, first())
