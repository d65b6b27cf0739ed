"""A TypeVar bound to a base class returns the argument's own type: the caller can use the subclass's
own members on the result; a constrained TypeVar keeps int and str apart."""
from typing import TypeVar


class Beast:
    def __init__(self, name: str) -> None:
        self.name = name

    def speak(self) -> str:
        return "..."


class Hound(Beast):
    def speak(self) -> str:
        return "woof"

    def fetch(self) -> str:
        return self.name + " fetches"


A = TypeVar("A", bound=Beast)
S = TypeVar("S", int, str)


def rename(a: A, name: str) -> A:
    a.name = name
    return a


def loudest(xs: list[A]) -> A:
    best = xs[0]
    for x in xs:
        if len(x.speak()) > len(best.speak()):
            best = x
    return best


def combine(a: S, b: S) -> S:
    return a + b


d = rename(Hound("rex"), "max")
print(d.fetch(), d.speak())
a = rename(Beast("cat"), "tom")
print(a.name, a.speak())
print(loudest([Hound("a"), Hound("bb")]).fetch())
print(loudest([Beast("x"), Hound("y")]).name)
print(combine(2, 3), combine("ab", "cd"))
print(loudest([Hound("z") for _ in range(0)]).name)
