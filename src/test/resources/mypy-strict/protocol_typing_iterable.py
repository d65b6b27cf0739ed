from typing import Iterable, Iterator


def evens(limit: int) -> Iterator[int]:
    for i in range(limit):
        if i % 2 == 0:
            yield i


def show(xs: Iterable[int]) -> str:
    return " ".join(str(x) for x in xs)


print(show(evens(9)))
print(show([7, 8]))
