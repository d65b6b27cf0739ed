"""functools.partial of module functions as values, and cmp_to_key as a sort, min and max key."""
import functools
from functools import cmp_to_key, partial
from typing import Callable


def power(base: int, exp: int) -> int:
    result = 1
    for _ in range(exp):
        result *= base
    return result


def greet(greeting: str, name: str, mark: str) -> str:
    return greeting + ", " + name + mark


def by_length_then_reverse(a: str, b: str) -> int:
    if len(a) != len(b):
        return len(a) - len(b)
    if a < b:
        return 1
    if a > b:
        return -1
    return 0


def noisy(a: int, b: int) -> int:
    print("cmp", a, b)
    return a - b


def strict(a: int, b: int) -> int:
    if a == b:
        raise ValueError("tie between " + str(a) + " and " + str(b))
    return b - a


def apply_all(fs: list[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


def sort_strict(vals: list[int]) -> list[int]:
    return sorted(vals, key=cmp_to_key(strict))


def make_base() -> int:
    print("base evaluated once")
    return 3


def main() -> None:
    square = partial(power, 2)
    print(square(10), square(0))
    cube_of = functools.partial(power, make_base())
    print(cube_of(2), cube_of(3))
    hello = partial(greet, "hello")
    print(hello("ann", "!"))
    hello_bob = partial(greet, "hi", "bob")
    print(hello_bob("?"), partial(greet, "yo", "al", ".")())
    fifth = partial(power, 5)
    print(apply_all([square, cube_of, fifth], 2))
    print(make_base(), partial(power, make_base())(make_base()), make_base())
    words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
    print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
    print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse), reverse=True))
    nums = [5, 3, 9, 1]
    nums.sort(key=cmp_to_key(noisy))
    print(nums)
    print(min(words, key=cmp_to_key(by_length_then_reverse)), max(words, key=cmp_to_key(by_length_then_reverse)))
    print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))  # type: ignore[operator]
    try:
        print(sort_strict([4, 2, 4]))
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
