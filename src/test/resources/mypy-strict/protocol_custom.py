from typing import Protocol


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return "Hello, " + name


class French:
    def greet(self, name: str) -> str:
        return "Bonjour, " + name


def welcome(g: Greeter, who: str) -> None:
    print(g.greet(who))


welcome(English(), "Ann")
welcome(French(), "Luc")
