# Narrowing by isinstance, as mypy and pyright document it: a class, a tuple of classes, user
# class hierarchies, inside `and`, elif chains and early returns, and of Optional values.
from typing import Optional


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Bird(Animal):
    def __init__(self, name: str, can_fly: bool) -> None:
        super().__init__(name)
        self.can_fly = can_fly


class Penguin(Bird):
    def __init__(self, name: str) -> None:
        super().__init__(name, False)
        self.swims = True


class Hound(Animal):
    def __init__(self, name: str, tricks: int) -> None:
        super().__init__(name)
        self.tricks = tricks


def flies(a: Animal) -> bool:
    return isinstance(a, Bird) and a.can_fly


def describe(a: Animal) -> str:
    if isinstance(a, Penguin):
        return a.name + " swims " + str(a.swims)
    elif isinstance(a, Bird):
        return a.name + " flies " + str(a.can_fly)
    elif isinstance(a, Hound):
        return a.name + " knows " + str(a.tricks) + " tricks"
    return a.name + " is an animal"


def winged(a: Animal) -> str:
    if isinstance(a, (Bird, Penguin)):
        return a.name + " has wings, flies: " + str(a.can_fly)
    return a.name + " has no wings"


def tricks(a: Animal) -> int:
    if not isinstance(a, Hound):
        return 0
    return a.tricks * 10


def maybe(a: Optional[Animal]) -> str:
    if isinstance(a, Hound):
        return "hound " + a.name
    if a is None:
        return "nobody"
    return "animal " + a.name


if __name__ == "__main__":
    zoo: list[Animal] = [Animal("generic"), Bird("tit", True), Penguin("pingu"), Hound("rex", 3), Bird("kiwi", False)]
    for a in zoo:
        print(flies(a), describe(a), winged(a), tricks(a), sep=" | ")
    print(maybe(None), maybe(Hound("fido", 1)), maybe(Animal("cat")))
