from typing import TypeVar

N = TypeVar("N", int, float)


def same(x: N) -> N:
    return x


print(same(True))
