from typing import Callable


def apply_twice(f: Callable[[int], int], x: int) -> int:
    return f(f(x))


def inc(x: int) -> int:
    return x + 1


print(apply_twice(inc, 5))
print(apply_twice(lambda v: v * 3, 2))
