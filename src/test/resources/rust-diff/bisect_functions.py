"""bisect as CPython 3.11 runs it: bisect_left/bisect_right/bisect on runs of equal items, lo and hi
(by position and by keyword, hi=None), key= (x compared with key(item); insort calls key(x) first),
the insort family keeping a list sorted, objects ordered by __lt__, and the errors of a negative lo
and of a hi past the end."""
import bisect
from bisect import bisect_left, insort


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __lt__(self, other: "Version") -> bool:
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self) -> str:
        return "v" + str(self.major) + str(self.minor)


def grade(score: int) -> str:
    breakpoints = [60, 70, 80, 90]
    return "FDCBA"[bisect.bisect(breakpoints, score)]


def searches() -> None:
    a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
    for x in [0, 1, 2, 3, 4, 8, 13, 14]:
        print(x, bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
    print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, lo=1, hi=7))
    print(bisect.bisect_right(a, 100, hi=4), bisect.bisect_left(a, 0, lo=5), bisect.bisect(a, 8, 3, None))
    print(bisect.bisect_left(a, 5, 6, 2), bisect.bisect_right(a, 5, 4, -1), bisect.bisect_right(a, 5, 4, -3))
    empty: list[int] = []
    print(bisect.bisect_left(empty, 3), bisect.bisect_right(empty, 3))
    words = ["apple", "banana", "cherry", "date"]
    print(bisect.bisect_left(words, "c"), bisect.bisect_right(words, "banana"), bisect.bisect(words, "zebra"))
    fs = [0.5, 1.0, 1.0, 2.25]
    print(bisect.bisect_left(fs, 1.0), bisect.bisect_right(fs, 1.0), bisect.bisect(fs, -0.0))
    pairs = [(1, "a"), (1, "c"), (2, "b")]
    print(bisect.bisect_left(pairs, (1, "b")), bisect.bisect_right(pairs, (2, "b")))
    print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
    t = (10, 20, 30)
    print(bisect.bisect_left(t, 20), bisect.bisect_right(t, 20))


def keyed() -> None:
    people = [("ann", 19), ("bob", 25), ("cy", 25), ("dee", 31)]
    print(bisect.bisect_left(people, 25, key=lambda p: p[1]), bisect.bisect_right(people, 25, key=lambda p: p[1]))
    print(bisect.bisect(people, 40, key=lambda p: p[1]), bisect.bisect_left(people, 0, 1, key=lambda p: p[1]))
    words = ["a", "bb", "ccc", "dddd"]
    print(bisect.bisect_left(words, 3, key=len), bisect.bisect_right(words, 3, key=len))
    calls: list[str] = []

    def length(w: str) -> int:
        calls.append(w)
        return len(w)

    print(bisect.bisect_right(words, 2, key=length), calls)
    calls.clear()
    bisect.insort(words, "xx", key=length)
    print(words, calls)
    bisect.insort_left(people, ("eve", 25), key=lambda p: p[1])
    bisect.insort_right(people, ("fay", 25), key=lambda p: p[1])
    print(people)


def inserts() -> None:
    a: list[int] = []
    for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
        insort(a, x)
        print(a)
    b = [1, 2, 2, 3]
    bisect.insort_left(b, 2)
    bisect.insort_right(b, 2, 0, 2)
    bisect.insort(b, 0, lo=0, hi=0)
    bisect.insort_left(b, 9, hi=None)
    print(b)
    ts = [(1, "x"), (3, "z")]
    bisect.insort(ts, (2, "y"))
    bisect.insort_left(ts, (1, "x"))
    print(ts)
    vs: list[Version] = []
    for major, minor in [(1, 2), (0, 9), (1, 0), (1, 2), (2, 0)]:
        bisect.insort(vs, Version(major, minor))
    print(vs, bisect.bisect_left(vs, Version(1, 2)), bisect.bisect_right(vs, Version(1, 2)))


def errors() -> None:
    a = [1, 2, 3]
    try:
        bisect.bisect_left(a, 2, -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        bisect.insort(a, 2, lo=-5)
    except ValueError as e:
        print("ValueError:", e)
    try:
        bisect.bisect_right(a, 2, 0, 10)
    except IndexError as e:
        print("IndexError:", e)
    try:
        bisect.bisect_left(a, 3, 0, 5)
    except IndexError as e:
        print("IndexError:", e)
    print(bisect.bisect_left(a, 0, 0, 5), a)


searches()
keyed()
inserts()
errors()
bisect.insort_left([1, 2], 0, lo=-1)
