"""Static methods and class methods: called on the class, on objects, through cls and super()."""


class Point:
    count: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    @staticmethod
    def distance(a: "Point", b: "Point") -> int:
        return abs(a.x - b.x) + abs(a.y - b.y)

    @classmethod
    def origin(cls) -> "Point":
        return cls(0, 0)

    @classmethod
    def parse(cls, text: str) -> "Point":
        parts = text.split(",")
        if len(parts) != 2:
            raise ValueError("not a point: " + repr(text))
        return cls(int(parts[0]), int(parts[1]))

    def moved(self, dx: int) -> "Point":
        return Point.parse(f"{self.x + dx},{self.y}")

    def describe(self) -> str:
        return f"({self.x}, {self.y})"


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def make(cls, name: str) -> "Shape":
        return cls(name)

    @classmethod
    def kind(cls) -> str:
        return "shape"

    @staticmethod
    def sides() -> int:
        return 0

    def label(self) -> str:
        return f"{self.kind()}:{self.name}:{self.sides()}"


class Square(Shape):
    @classmethod
    def kind(cls) -> str:
        return "square/" + super().kind()

    @staticmethod
    def sides() -> int:
        return 4


class Cube(Square):
    pass


def tag(s: Shape) -> str:
    return s.label()


def main() -> None:
    p = Point.parse("3,4")
    q = Point.origin()
    print(Point.distance(p, q), p.distance(q, p), p.describe(), q.describe())
    print(p.moved(2).describe(), Point.origin().describe())
    try:
        Point.parse("1,2,3")
    except ValueError as e:
        print("ValueError:", e)
    for s in [Shape.make("a"), Square.make("b"), Cube.make("c"), Shape("d"), Cube("e")]:
        print(tag(s), s.kind(), s.sides(), Shape.kind(), Square.kind(), Cube.sides())
    sq: Shape = Square.make("z")
    print(sq.make("w").label())
    print(Point.parse(text="7,8").describe())
    Point.parse("x")


if __name__ == "__main__":
    main()
