"""math inside module constants, methods, lambdas, generators, f-strings and key functions."""
from typing import Callable, Iterator
import math
from math import sqrt

LIMIT = math.inf
TWO_PI: float = 2 * math.pi
ROOTS = [math.sqrt(x) for x in range(5)]


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2


def best(xs: list[float]) -> float:
    lo = math.inf
    for x in xs:
        lo = min(lo, x)
    return lo


def gen(n: int) -> Iterator[int]:
    for i in range(n):
        yield math.factorial(i)


if __name__ == "__main__":
    print(LIMIT, TWO_PI, ROOTS, f"{math.pi:.3f} {math.e!r}", Circle(2.0).area(), best([3.0, 1.5]))
    f: Callable[[float], float] = lambda x: math.sqrt(x) + 1
    print(f(4.0), sorted([3.0, -1.0, 2.0], key=lambda v: math.fabs(v)), list(gen(5)))
    print(math.floor(True), math.isqrt(True), math.hypot(True, 2), math.fsum(x * 0.1 for x in range(10)))
    print(max(math.sin(x / 10) for x in range(30)), math.prod(range(1, 6), start=2))
    from_import = [sqrt(v) for v in [1.0, 2.0]]
    print(sorted([3.0, -4.5, 1.0, -0.5], key=math.fabs), list(map(math.sqrt, [4.0, 9.0, 2.0])), from_import)
    print(min([-3.0, 2.0, -1.0], key=math.fabs), max([-3.0, 2.0, -1.0], key=math.fabs), list(map(sqrt, [16, 25])))
    print(sum(map(math.floor, [1.5, -1.5, 2.5])), list(filter(math.isfinite, [1.0, math.inf, math.nan, -2.0])))
