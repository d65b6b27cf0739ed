"""itertools as CPython 3.11 runs it, lazily: chain, islice (start/stop/step, and what it leaves in a
shared iterator), product with repeat, permutations and combinations (with and without
replacement), accumulate with a function and initial, pairwise, takewhile/dropwhile/filterfalse/
compress, and count/cycle/repeat consumed a few items at a time; the side effects of a generator
source show the order in which items are taken."""
import itertools
from itertools import count, islice
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    for i in range(n):
        print("take", i)
        yield i


def chains() -> None:
    none: list[int] = []
    print(list(itertools.chain([1, 2], [3], none, range(4, 6))))
    print(list(itertools.chain("ab", "cd")))
    for x in itertools.chain(numbers(2), [10]):
        print("got", x)


def slices() -> None:
    print(list(islice(range(10), 3)), list(islice(range(10), 2, 8)), list(islice(range(10), 1, 9, 3)))
    print(list(islice("abcdefg", 2, None)), list(islice([1, 2, 3], 0)), list(islice(range(5), 3, 2)))
    it = numbers(6)
    print(list(islice(it, 2)))
    print(next(it))
    print(list(islice(it, 0, None, 2)))
    print(list(islice(count(5), 4)), list(islice(count(0, 3), 2, 5)), list(islice(count(10, -2), 3)))
    print(list(islice(itertools.cycle("xyz"), 7)), list(itertools.repeat("ab", 3)), list(itertools.repeat(0, 0)))
    print(list(islice(itertools.repeat(7), 3)), list(islice(itertools.cycle([1, 2]), 0)))
    empty: list[int] = []
    print(list(islice(itertools.cycle(empty), 5)))


def combinatorics() -> None:
    print(list(itertools.product([1, 2], [3, 4, 5])))
    print(list(itertools.product(range(2), repeat=3)))
    print(list(itertools.product("ab", "c", "de")))
    print(list(itertools.permutations([1, 2, 3], 2)))
    print(list(itertools.permutations("abc")))
    print(list(itertools.permutations(range(2), 3)))
    print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(4), 3)))
    print(list(itertools.combinations([1, 2], 3)))
    print(list(itertools.combinations_with_replacement("abc", 2)))
    print(list(itertools.combinations_with_replacement([1, 2], 3)))
    print(sum(1 for _ in itertools.permutations(range(6))), len(list(itertools.combinations(range(10), 4))))
    best = 0
    for a, b, c in itertools.combinations([3, 9, 1, 7, 5], 3):
        if a + b + c > best and (a + b + c) % 2 == 1:
            best = a + b + c
    print(best)
    for x, y in itertools.product([1, 2], [3, 4]):
        print(x * y, end=" ")
    print()


def folds() -> None:
    print(list(itertools.accumulate([1, 2, 3, 4, 5])))
    print(list(itertools.accumulate([1, 2, 3, 4, 5], initial=100)))
    print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
    print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
    print(list(itertools.accumulate([0.5, 0.25, 0.125])), list(itertools.accumulate(["a", "b", "c"])))
    empty: list[int] = []
    print(list(itertools.accumulate(empty)), list(itertools.accumulate(empty, initial=7)))
    print(list(itertools.pairwise([1, 2, 4, 7, 11])), list(itertools.pairwise(["a", "b"])), list(itertools.pairwise([1])))


def filters() -> None:
    data = [1, 4, 6, 4, 1, 8, 2]
    print(list(itertools.takewhile(lambda x: x < 5, data)), list(itertools.dropwhile(lambda x: x < 5, data)))
    print(list(itertools.filterfalse(lambda x: x % 2 == 0, data)))
    print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.compress(range(10), [True, False, True])))
    it = numbers(5)
    print(list(itertools.takewhile(lambda x: x < 2, it)), list(it))
    print(list(itertools.dropwhile(lambda x: x < 2, numbers(4))))


def counting() -> None:
    for i in count(1):
        if i * i > 30:
            print("first square over 30:", i * i)
            break
    for n, ch in zip(count(), "hey"):
        print(n, ch)
    total = 0
    for x in itertools.cycle([1, 2, 3]):
        total += x
        if total > 20:
            break
    print(total)


chains()
slices()
combinatorics()
folds()
filters()
counting()
print(list(islice([1, 2, 3], -1)))
