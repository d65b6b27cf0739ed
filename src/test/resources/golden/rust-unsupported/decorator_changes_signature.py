from typing import Callable


def stringify(f: Callable[[int], int]) -> Callable[[int], str]:
    def wrapper(x: int) -> str:
        return str(f(x))
    return wrapper


@stringify
def inc(x: int) -> int:
    return x + 1


print(inc(1))
