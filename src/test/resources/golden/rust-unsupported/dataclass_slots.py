from dataclasses import dataclass


@dataclass(slots=True)
class Point:
    x: int
    y: int


if __name__ == "__main__":
    print(Point(1, 2))
