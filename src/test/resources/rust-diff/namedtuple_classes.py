"""typing.NamedTuple classes: defaults, methods, indexing, len, _replace, _asdict, equality, ordering, repr."""
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: int, dy: int) -> "Point":
        return Point(self.x + dx, self.y + dy)


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 1000.0
    level: int = 1


def main() -> None:
    p = Point(3, -4)
    q = Point(1)
    print(p, q, repr(q), str(p))
    print(p.x, p.y, p[0], p[1], p[-1], len(p), p.norm1(), p.moved(1, 1))
    print(p == Point(3, -4), p != q, p < q, q < p, Point(1, 2) <= Point(1, 2), Point(2) > Point(1, 9))
    r = p._replace(y=10)
    print(r, p, r._asdict(), q._asdict())
    print(sorted([Point(2, 1), Point(1, 5), Point(1, 2), Point(0)]))
    print(max([Point(2, 1), Point(2, 3)]), min(Point(5), Point(4, 4)))
    e = Employee("Ann", "eng")
    f = Employee("Bob", "ops", 1500.5, 3)
    print(e, f, e.salary + f.salary, f.level)
    print(e._replace(salary=2000.0, dept="research"))
    staff = [f, e]
    staff.sort()
    print([s.name for s in staff])
    try:
        p.x = 5  # type: ignore[misc]
    except AttributeError as err:
        print("AttributeError:", err)
    print(p)


if __name__ == "__main__":
    main()
