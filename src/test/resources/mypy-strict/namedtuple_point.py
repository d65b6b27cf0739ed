from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


def dist2(p: Point) -> int:
    return p.x * p.x + p.y * p.y


p = Point(3, 4)
print(dist2(p), p.x, p[1])
