from typing import Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)


class Getter(Protocol[T_co]):
    def get(self) -> T_co: ...


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def get(self) -> int:
        self.n += 1
        return self.n


class Greeting:
    def get(self) -> str:
        return "hi"


def twice(g: Getter[int]) -> int:
    return g.get() + g.get()


def shout(g: Getter[str]) -> str:
    return g.get().upper() + "!"


c = Counter()
print(twice(c), twice(c), c.n)
print(shout(Greeting()))
