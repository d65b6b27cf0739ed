"""itertools.tee: independent iterators over one source, each item read from it once."""
from collections.abc import Iterator
from itertools import count, islice, tee
import itertools


def noisy(n: int) -> Iterator[int]:
    for i in range(n):
        print("  produce", i)
        yield i


def failing() -> Iterator[int]:
    yield 1
    raise ValueError("source broke")


def main() -> None:
    a, b = tee(noisy(3))
    print(next(a), next(a))
    print(list(b))
    print(list(a), list(b))
    x, y, z = itertools.tee([1, 2, 3, 4], 3)
    print(list(zip(x, y)), list(z))
    evens, odds = tee(count())
    print(list(islice(evens, 0, 10, 2)), list(islice(odds, 3)))
    (only,) = tee("abc", 1)
    print(list(only))
    f1, f2 = tee(failing())
    print(next(f1))
    try:
        next(f2)
        next(f2)
    except ValueError as e:
        print("ValueError:", e)
    print(list(f1))
    pairs = tee([(1, "a"), (2, "b")])
    for n, s in pairs[0]:
        print(n, s)
    print(sum(n for n, _ in pairs[1]))


main()
