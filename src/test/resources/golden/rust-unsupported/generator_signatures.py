from typing import Generator, Iterable, Iterator


def echo() -> Generator[int, str, None]:
    yield 1


def total(xs: Iterable[int]) -> int:
    return sum(xs)


def not_a_generator(xs: list[int]) -> Iterator[int]:
    return xs
