from typing import TypeVar


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."


class Cow(Animal):
    def sound(self) -> str:
        return "moo"


A = TypeVar("A", bound=Animal)


def loudest(animals: list[A]) -> A:
    best = animals[0]
    for a in animals:
        if len(a.sound()) > len(best.sound()):
            best = a
    return best


print(loudest([Animal("generic"), Cow("bess")]).name)
