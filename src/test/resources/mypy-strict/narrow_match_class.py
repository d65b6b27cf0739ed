from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point


def describe(shape: Point | Line) -> str:
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=y):
            return f"point {x},{y}"
        case Line(start=s, end=e):
            return f"line from {s.x},{s.y} to {e.x},{e.y}"
    return "unknown"


print(describe(Point(0, 0)))
print(describe(Point(1, 2)))
print(describe(Line(Point(0, 1), Point(2, 3))))
