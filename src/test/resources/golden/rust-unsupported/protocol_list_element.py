from typing import Protocol


class Greeter(Protocol):
    def greet(self) -> str: ...


class En:
    def greet(self) -> str:
        return "hello"


items: list[Greeter] = [En()]
print(items[0].greet())
