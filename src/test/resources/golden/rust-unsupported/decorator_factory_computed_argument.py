from typing import Callable


def times(n: int) -> Callable[[Callable[[int], int]], Callable[[int], int]]:
    def deco(f: Callable[[int], int]) -> Callable[[int], int]:
        def wrapper(x: int) -> int:
            return f(x) * n
        return wrapper
    return deco


def three() -> int:
    print("three")
    return 3


@times(three())
def inc(x: int) -> int:
    return x + 1


print(inc(1))
