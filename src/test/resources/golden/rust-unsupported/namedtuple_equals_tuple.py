from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


if __name__ == "__main__":
    print(Point(1, 2) == (1, 2))
