"""functools.reduce as CPython 3.11 runs it: with and without an initial value, an accumulator of
another type than the items, a function by name, a generator source whose steps interleave with
the calls, and the TypeError of an empty iterable without an initial value."""
import functools
from functools import reduce
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    for i in range(1, n + 1):
        print("step", i)
        yield i


def add(a: int, b: int) -> int:
    print("add", a, b)
    return a + b


print(reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]))
print(functools.reduce(lambda a, b: a + b, [10], 5), functools.reduce(lambda a, b: a + b, [7]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", ""], 0))
print(reduce(lambda acc, w: acc + w[0], ["xy", "zw"], ">"))
print(reduce(add, numbers(3)))
print(reduce(max, [3, 9, 2]), reduce(min, (4, 1, 8), 0))
print(reduce(lambda a, b: a * 10 + b, range(1, 6)))
print(reduce(lambda acc, c: c + acc, "abc", ""))
empty: list[float] = []
print(reduce(lambda a, b: a + b, empty, 0.5))
try:
    print(reduce(lambda a, b: a + b, empty))
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda a, b: a - b, [1.5, 0.25], 10.0))
print(reduce(lambda a, b: a + b, [x * x for x in range(4)]))
reduce(lambda a, b: a + b, empty)
