from typing import Generator, Iterable, Iterator


class Tree:
    def __init__(self) -> None:
        self.items: list[int] = []

    def walk(self) -> Iterator[int]:
        for x in self.items:
            yield x


def echo() -> Generator[int, str, None]:
    yield 1


def total(xs: Iterable[int]) -> int:
    return sum(xs)


def not_a_generator(xs: list[int]) -> Iterator[int]:
    return xs
