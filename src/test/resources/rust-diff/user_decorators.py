"""User decorators on module functions: wrappers of the same type (with functools.wraps), stacking."""
import functools
from typing import Callable

calls: list[str] = []


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    """Prints each call and its result."""
    @functools.wraps(f)
    def wrapper(x: int) -> int:
        print("call with", x)
        result = f(x)
        print("result", result)
        return result
    return wrapper


def counted(f: Callable[[int], int]) -> Callable[[int], int]:
    def inner(x: int) -> int:
        calls.append("counted " + str(x))
        return f(x) + 1
    return inner


def checked(f: Callable[[int], int]) -> Callable[[int], int]:
    def guard(x: int) -> int:
        if x < 0:
            raise ValueError("negative argument " + str(x))
        return f(x)
    return guard


@logged
def square(x: int) -> int:
    return x * x


@logged
@counted
def double(x: int) -> int:
    return 2 * x


@checked
def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def main() -> None:
    print(square(4))
    print(double(5))
    print(calls)
    print(fact(10))
    try:
        fact(-2)
    except ValueError as e:
        print("ValueError:", e)
    fs: list[Callable[[int], int]] = [square, double]
    print([f(3) for f in fs])


if __name__ == "__main__":
    main()
