"""operator: each function as the operator it names, itemgetter/attrgetter as keys and callables."""
import operator
from functools import reduce
from operator import attrgetter, itemgetter, mul
from typing import Callable


class Point:
    def __init__(self, x: int, y: int, name: str) -> None:
        self.x = x
        self.y = y
        self.name = name


def apply(f: Callable[[int, int], int], a: int, b: int) -> int:
    return f(a, b)


def main() -> None:
    xs: list[int] = [3, 1, 4, 1, 5, 9, 2, 6]
    print(reduce(operator.mul, xs, 1))
    print(reduce(operator.add, xs))
    print(reduce(mul, [1.5, 2.0, 4.0]))
    print(reduce(operator.sub, xs, 100))
    print(reduce(operator.or_, [1, 2, 8]), reduce(operator.xor, [7, 3, 12]), reduce(operator.and_, [7, 6, 14]))
    print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 2.5), operator.truediv(7, 2))
    print(operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.pow(2, -1))
    print(operator.lshift(1, 40), operator.rshift(-17, 2))
    print(operator.neg(5), operator.pos(-3), operator.invert(5), operator.inv(0), operator.not_(0), operator.not_([1]))
    print(operator.truth(""), operator.truth("a"), operator.abs(-2.5), operator.abs(-7))
    print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
    print(operator.lt("abc", "abd"), operator.lt((1, 2), (1, 3)))
    print(operator.contains([1, 2, 3], 2), operator.contains("hello", "ell"), operator.contains({"a": 1}, "b"))
    print(operator.getitem([10, 20, 30], -1), operator.getitem("hello", 1), operator.getitem({"k": 5}, "k"))
    print(operator.add("ab", "cd"), operator.mul("ab", 3), operator.add([1], [2, 3]))
    print(apply(operator.add, 2, 40), apply(operator.mul, 6, 7))
    print(list(map(operator.neg, xs)))
    print(sorted(xs, key=operator.neg))
    pairs: list[tuple[str, int]] = [("pear", 3), ("apple", 1), ("fig", 3), ("kiwi", 2)]
    print(sorted(pairs, key=itemgetter(1)))
    print(sorted(pairs, key=itemgetter(1, 0)))
    print(sorted(pairs, key=operator.itemgetter(0), reverse=True))
    print(max(pairs, key=itemgetter(1)), min(pairs, key=itemgetter(1)))
    print(list(map(itemgetter(0), pairs)))
    print(list(map(itemgetter(-1), pairs)))
    rows: list[dict[str, int]] = [{"a": 2, "b": 1}, {"a": 1, "b": 5}]
    print(sorted(rows, key=itemgetter("a")))
    pts: list[Point] = [Point(3, 1, "c"), Point(1, 2, "a"), Point(2, 0, "b")]
    print([p.name for p in sorted(pts, key=attrgetter("x"))])
    print([p.name for p in sorted(pts, key=operator.attrgetter("y", "x"))])
    print(max(pts, key=attrgetter("y")).name)
    second: Callable[[tuple[str, int]], int] = itemgetter(1)
    print(second(("z", 26)))
    name_of: Callable[[Point], str] = attrgetter("name")
    print(name_of(pts[0]))
    print(sum(map(itemgetter(1), pairs)))
    try:
        print(operator.truediv(1, 0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(sorted(rows, key=itemgetter("c")))
    except KeyError as e:
        print("KeyError:", e)
    try:
        grid: list[list[int]] = [[1, 2, 3, 4, 5, 6], [1, 2]]
        print(list(map(itemgetter(5), grid)))
    except IndexError as e:
        print("IndexError:", e)


if __name__ == "__main__":
    main()
