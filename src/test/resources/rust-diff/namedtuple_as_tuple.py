"""typing.NamedTuple objects used as tuples: unpacking, iteration, indexing, slicing, len, in,
hashing (dict keys, set members), comparison with tuples and other NamedTuples, _fields."""
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0


class Pair(NamedTuple):
    a: int
    b: int


class Person(NamedTuple):
    name: str
    age: int


class Reading(NamedTuple):
    sensor: str
    value: float
    ok: bool = True


def total(p: Point) -> int:
    s = 0
    for v in p:
        s += v
    return s


def main() -> None:
    p = Point(3, -4)
    x, y = p
    print(x, y)
    a, b = Point(7)
    print(a, b)
    print(list(p), sum(p), max(p), min(p), sorted(p))
    print(total(p), total(Point(10, 20)))
    print([v * 2 for v in p])
    for i in range(len(p)):
        print(i, p[i], p[-1 - i])
    try:
        print(p[2 * len(p)])
    except IndexError as e:
        print("IndexError:", e)
    print(p[:], p[1:], p[:1], p[::-1], p[-1:], p[0:5])
    print(3 in p, 5 in p, -4 not in p)
    print(p == (3, -4), p != (3, -4), (3, -4) == p, p == Pair(3, -4), Point(1, 2) == Pair(1, 2))
    print(p < (3, 0), p > (2, 100), (3, -5) < p, Point(1, 2) < Pair(1, 3), Pair(0, 9) <= Point(0, 9))
    print(Point._fields, p._fields, Person._fields, Reading._fields)
    people = [Person("Ann", 31), Person("Bob", 25), Person("Cy", 40)]
    for name, age in people:
        print(name, age)
    print([n for n, _ in people], {n: a for n, a in people})
    for i, (name, age) in enumerate(people):
        print(i, name.upper(), age + 1)
    ages: dict[Person, str] = {}
    for pr in people:
        ages[pr] = pr.name.lower()
    print(ages[Person("Bob", 25)], Person("Ann", 31) in ages, Person("Ann", 32) in ages)
    grid: dict[Point, int] = {Point(0, 0): 1, Point(1, 0): 2}
    grid[Point(0, 0)] += 10
    print(grid)
    seen = {Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(-1, -1)}
    print(len(seen), sorted(seen), Point(3, 4) in seen)
    print(seen)
    pairs = {Pair(5, 6), Pair(1, 1), Pair(2, 3)}
    print(pairs)
    readings = {Reading("t1", 20.5), Reading("t1", 20.5), Reading("t2", 0.25, False)}
    print(len(readings))
    r = Reading("t3", 1.5)
    sensor, value, ok = r
    print(sensor, value, ok, r[1:], r[::2], r[0], r[-1])
    nested = [(Point(1, 2), "a"), (Point(3, 4), "b")]
    for (px, py), label in nested:
        print(px + py, label)


if __name__ == "__main__":
    main()
