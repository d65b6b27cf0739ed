from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


if __name__ == "__main__":
    x, y = Point(1, 2)
    print(x + y)
