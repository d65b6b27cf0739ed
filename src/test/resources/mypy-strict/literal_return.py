from typing import Literal


def sign(x: int) -> Literal[-1, 0, 1]:
    if x < 0:
        return -1
    if x == 0:
        return 0
    return 1


print([sign(v) for v in [-5, 0, 9]])
