"""itertools.chain.from_iterable: lazy over the outer iterable and each inner one (lists read live,
strs, tuples, generators), spelled through the module or a from-import."""
import itertools
from itertools import chain
from typing import Iterator


def rows(n: int) -> Iterator[list[int]]:
    for i in range(n):
        print("making row", i)
        yield [i] * i


def letters() -> Iterator[str]:
    yield "ab"
    yield ""
    yield "c"


def main() -> None:
    nested = [[1, 2], [], [3]]
    flat_nested = list(chain.from_iterable(nested))
    print(flat_nested)
    words = ["xy", "z"]
    chars = list(itertools.chain.from_iterable(words))
    print(chars)
    for v in chain.from_iterable(rows(4)):
        print("got", v)
    lettered = list(chain.from_iterable(letters()))
    print(lettered)
    pairs = [(1, 2), (3, 4)]
    unsorted = [[3, 1], [2]]
    print(sum(chain.from_iterable(pairs)), sorted(chain.from_iterable(unsorted)))
    tens = [[10, 20], [30]]
    it = chain.from_iterable(tens)
    print(next(it), next(it), next(it), next(it, -1))
    grid = [[1], [2]]
    flat = chain.from_iterable(grid)
    print(next(flat))
    grid[0].append(5)
    grid.append([9])
    print(list(flat))
    deep = [[[1, 2]], [[3]]]
    inner = chain.from_iterable(deep)
    print(list(chain.from_iterable(inner)))


if __name__ == "__main__":
    main()
