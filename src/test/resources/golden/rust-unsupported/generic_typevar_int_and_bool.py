from typing import TypeVar

T = TypeVar("T")


def pick(flag: bool, a: T, b: T) -> T:
    return a if flag else b


print(pick(True, True, 2))
