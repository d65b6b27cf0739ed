"""Enum classes: members, name and value, lookups, iteration, aliases, methods, str/repr/format."""
from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self) -> str:
        return f"{self.name.lower()} has value {self.value}"

    def is_warm(self) -> bool:
        return self is Color.RED


class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


def pick(name: str) -> Color:
    return Color[name]


def main() -> None:
    print(Color.RED)
    print(repr(Color.RED), repr(Shape.SQUARE))
    print(str(Color.GREEN), f"{Color.BLUE}", f"[{Color.BLUE:>12}]", f"{Color.RED!r}")
    print(Color.RED.name, Color.RED.value, Shape.CIRCLE.value, Shape.CIRCLE.name)
    print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color.CRIMSON == Color.RED, Color.RED != Color.GREEN)
    print(Color(2), Color(1).name, Shape("square"))
    print(Color["BLUE"], Color["CRIMSON"], pick("GREEN"))
    print(len(Color), list(Color))
    for c in Color:
        print(c.name, c.value, c.describe(), c.is_warm())
    print([s.value for s in Shape])
    print(list(Step), Step.ELEVENTH.value)
    counts: dict[Color, int] = {}
    for c in [Color.RED, Color.BLUE, Color.CRIMSON, Color.RED]:
        counts[c] = counts.get(c, 0) + 1
    print(counts)
    print(Color.RED in counts, Color.GREEN in counts)
    seen: set[Shape] = {Shape.CIRCLE, Shape.SQUARE, Shape.CIRCLE}
    print(len(seen), Shape.SQUARE in seen)
    print(Color.RED == 1, Shape.CIRCLE == "circle")
    members = [c for c in Color if c.value > 1]
    print(members, [m.name for m in reversed(list(Color))])
    favourite: Color = Color.GREEN
    if favourite == Color.GREEN:
        print("green it is")
    try:
        Color(7)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Shape("triangle")
    except ValueError as e:
        print("ValueError:", e)
    try:
        pick("PURPLE")
    except KeyError as e:
        print("KeyError:", e)
    print(Color(3))
    print(Color(4))


if __name__ == "__main__":
    main()
