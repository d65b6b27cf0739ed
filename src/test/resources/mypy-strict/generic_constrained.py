from typing import TypeVar

N = TypeVar("N", int, float)


def double(x: N) -> N:
    return x + x


print(double(4))
print(double(1.25))
