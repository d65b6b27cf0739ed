"""Module state used from methods and narrowed Optionals; a module-level for loop rebinding a global."""

from typing import Optional

current: Optional[str] = None
names: list[str] = ["a"]
level = 1
scale = float(level) * 2.5


class Counter:
    def __init__(self) -> None:
        global level
        level += 1
        self.n = level

    def bump(self) -> int:
        names.append(str(self.n))
        return len(names)


def choose(name: str) -> None:
    global current
    current = name


def shout() -> str:
    if current is not None:
        return current.upper()
    return "-"


def rebind_list() -> None:
    global names
    names = names + ["z"]


if __name__ == "__main__":
    print(shout())
    choose("bee")
    print(shout(), scale)
    c = Counter()
    print(c.n, c.bump(), level)
    rebind_list()
    print(names)
    names = []
    print(Counter().bump(), names)
    for level in range(3):
        print("level", level)
    print(Counter().n)
