class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def where(p: Point) -> str:
    match p:
        case Point(0, 0):
            return "origin"
    return "elsewhere"


print(where(Point(0, 0)))
