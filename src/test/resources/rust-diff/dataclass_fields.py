"""dataclasses.field() options, __post_init__, eq=False, replace, asdict and astuple."""
from dataclasses import dataclass, field, replace, asdict, astuple


@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list[str] = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)
    total: int = field(default=0, init=False, compare=False)
    note: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        self.total = self.qty * 10
        if self.qty < 0:
            raise ValueError(f"negative quantity for {self.name}")


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Route:
    name: str
    start: Point
    stops: list[Point] = field(default_factory=list)
    named: dict[str, Point] = field(default_factory=dict)


@dataclass(eq=False)
class Handle:
    ident: int


def make_counter() -> dict[str, int]:
    return {"made": 1}


@dataclass
class Registry:
    counts: dict[str, int] = field(default_factory=make_counter)
    seen: set[int] = field(default_factory=set)


def main() -> None:
    a = Item("apple", 3)
    print(a, a.total, a.secret)
    b = Item("apple", 3, [], "other", note="different note")
    print(a == b, a != b)
    a.tags.append("fruit")
    c = Item("pear")
    print(c.tags, a.tags, c)
    d = replace(a, qty=5)
    print(d, d.total, d.tags is a.tags, a.qty)
    e = replace(a)
    print(e == a, e is a)
    print(asdict(a))
    print(astuple(a))
    r = Route("r1", Point(0, 0), [Point(1, 2), Point(3)], {"home": Point(9, 9)})
    print(asdict(r))
    print(astuple(r))
    print(asdict(Point(5)), astuple(Point(5, 6)))
    h1 = Handle(1)
    h2 = Handle(1)
    print(h1 == h2, h1 == h1, h1)
    reg = Registry()
    reg.counts["more"] = 2
    print(reg, Registry())
    try:
        Item("bad", -1)
    except ValueError as err:
        print("ValueError:", err)
    doubled = asdict(Point(2, 4))
    print(len(doubled), doubled["x"], list(doubled))


if __name__ == "__main__":
    main()
