from typing import Iterator


def guarded(name: str) -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)


def first(g: Iterator[int]) -> int:
    return next(g)


def pair(a: Iterator[int], b: Iterator[int]) -> Iterator[int]:
    yield next(a)
    yield next(b)


def keeps_one() -> None:
    g = guarded("kept")
    print(next(g))


def passes_one() -> None:
    print(first(guarded("passed")))


def keeps_two() -> Iterator[int]:
    a = guarded("a")
    b = guarded("b")
    yield next(a) + next(b)


def passes_two() -> None:
    for x in pair(guarded("a"), guarded("b")):
        print(x)


class Walker:
    def steps(self) -> Iterator[int]:
        try:
            yield 1
        finally:
            print("walker closed")


def keeps_method_generator(w: Walker) -> None:
    g = w.steps()
    print(next(g))
