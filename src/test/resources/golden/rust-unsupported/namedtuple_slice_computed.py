from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


def tail(p: Point, n: int) -> tuple[int, ...]:
    return p[n:]


if __name__ == "__main__":
    print(tail(Point(1, 2), 1))
