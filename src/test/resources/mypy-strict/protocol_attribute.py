from typing import Protocol


class Named(Protocol):
    name: str


class User:
    def __init__(self, name: str) -> None:
        self.name = name


class Robot:
    def __init__(self, serial: int) -> None:
        self.name = "robot-" + str(serial)


def hello(x: Named) -> str:
    return "hi " + x.name


print(hello(User("ann")))
print(hello(Robot(7)))
