from typing import Iterator


def numbers() -> Iterator[int]:
    yield 1
    yield 2


def accumulate() -> Iterator[int]:
    total = 0
    while True:
        step = yield total
        total += 1


def with_result() -> Iterator[int]:
    yield 1
    return 5


def nothing() -> Iterator[None]:
    yield


def search(target: int) -> bool:
    return target in numbers()


def backwards() -> list[int]:
    return list(reversed(numbers()))


def longest() -> int:
    return max(numbers(), key=lambda n: -n)


def size() -> int:
    return len(numbers())


def show() -> None:
    print(numbers())


def first(xs: list[int]) -> int:
    return next(xs)


def eager_traps(xs: list[int]) -> None:
    print(max((x * 2 for x in xs), key=lambda v: -v))


def found(xs: list[int]) -> bool:
    return 3 in (x + 1 for x in xs)


def counted(xs: list[int]) -> int:
    return len(x for x in xs)
