"""collections.namedtuple(): string and list field names, defaults=, repr, tuple behaviour, methods."""
import collections
from collections import namedtuple

Point = namedtuple("Point", "x y")
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[255])
Span = collections.namedtuple("Span", "start, end, label", defaults=("?",))
Sample = namedtuple("Sample", "name weight")


def scaled(p: Point, k: int) -> Point:
    return Point(p.x * k, p.y * k)


def main() -> None:
    p = Point(1, 2)
    q = Point(x=3, y=-1)
    print(p, q, repr(p), str(q), scaled(p, 10))
    print(p.x + q.y, p[0], p[-1], len(p), p == Point(1, 2), p < q, p == (1, 2))
    x, y = q
    print(x, y, list(q), sum(q))
    print(p._replace(y=20), p._asdict(), Point._fields, p._fields)
    c = Color(10, 20)
    print(c, Color(1, 2, 3), c.blue, Color._fields)
    s = Span(0, 5)
    t = Span(start=2, end=9, label="word")
    print(s, t, s.label, t[1:], sorted([t, s]))
    seen = {Point(1, 2), Point(1, 2), Point(0, 0)}
    print(len(seen), sorted(seen))
    heavy = [Sample("a", 1.5), Sample("b", 2), Sample(name="c", weight=0.25)]
    for name, weight in heavy:
        print(name, weight, weight * 2)
    print(heavy, max(heavy, key=lambda sm: sm.weight))
    try:
        p.x = 5  # type: ignore[misc]
    except AttributeError as e:
        print("AttributeError:", e)


if __name__ == "__main__":
    main()
