# More places a float slot holds an int: fields, defaults, Optional, augmented assignment,
# format specs, math functions, nested containers and equality of containers.
import math
from dataclasses import dataclass
from typing import Optional


@dataclass
class Point:
    x: float
    y: float = 0


class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balance: float = 0

    def deposit(self, amount: float) -> None:
        self.balance += amount


def scaled(v: float, k: float = 2) -> float:
    return v * k


def stats(xs: list[float]) -> tuple[float, float]:
    return min(xs), max(xs)


def main() -> None:
    p = Point(1)
    q = Point(1.5, 2)
    print(p, q, p.x + q.x, p.y, q == Point(1.5, 2.0), p == Point(1.0, 0.0))
    a = Account("ann")
    a.deposit(10)
    print(a.balance)
    a.deposit(2.5)
    print(a.balance)
    print(scaled(3), scaled(3, 0.5), scaled(1.5))
    print(stats([3, 1.5, 7]), stats([2, 2.0]))
    o: Optional[float] = None
    print(o)
    o = 4
    print(o, o is None, o == 4, o == 4.0)
    if o is not None:
        print(o + 1, o / 3)
    x: float = 10
    x /= 4
    print(x)
    x = 10
    x //= 4
    print(x)
    x **= 2
    print(x)
    x %= 3
    print(x)
    x -= 0.25
    print(x)
    v: float = 1234
    print(f"{v:,} {v:>8} {v:<6}| {v:08.2f} {v:.1%} {v:+} {v:x}" if v == 1234 else "")
    w: float = 0.5
    print(f"{w:.3} {w:>8} {w:e}")
    try:
        print(f"{w:d}")
    except ValueError as e:
        print("ValueError", e)
    print(math.sqrt(v), math.floor(w), math.floor(v), math.ceil(w), math.isclose(v, 1234.0), math.trunc(v))
    grid: list[list[float]] = [[1, 2.5], [3]]
    grid[1].append(4.5)
    print(grid, grid[0][0] * 2, [1, 2.0] == [1.0, 2])
    ys: list[float] = [3, 1, 2]
    ys.sort()
    print(ys, sorted(ys, reverse=True), ys.index(2), ys.count(1), 2.0 in ys)
    print(sum(y * 2 for y in ys), [y / 2 for y in ys], max(ys, key=lambda y: -y))
    for i, y in enumerate(ys):
        print(i, y, y > 1.5)
    t: float = 0
    while t < 2:
        t += 0.5
    print(t)
    big: float = 10 ** 18
    print(big < float("inf"), big, big + 0.5, -big, big * 2)
    r: float = 2.675
    print(round(r, 2), round(r), round(v, -1), round(v, 0), round(w))
    z: float = -0
    print(z, abs(z), -z, z == 0.0, str(z), repr(z))


if __name__ == "__main__":
    main()
