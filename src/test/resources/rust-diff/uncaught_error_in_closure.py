"""An exception raised inside a closure travels through the call of the function value."""
from typing import Callable


def make_checker(limit: int) -> Callable[[int], int]:
    def check(value: int) -> int:
        if value > limit:
            raise ValueError(f"{value} is over the limit {limit}")
        return value

    return check


def apply_all(f: Callable[[int], int], values: list[int]) -> int:
    total = 0
    for v in values:
        total += f(v)
        print("running total", total)
    return total


if __name__ == "__main__":
    check = make_checker(10)
    print(apply_all(check, [1, 2, 3]))
    scaled: Callable[[int], int] = lambda x: check(x * 4)
    print(apply_all(scaled, [1, 2, 3]))
    print("never printed")
