from typing import Protocol


class Formatter(Protocol):
    def __call__(self, value: int) -> str: ...


class Twice:
    def __call__(self, value: int) -> str:
        return str(value * 2)


class Padded:
    def __init__(self, width: int) -> None:
        self.width = width

    def __call__(self, value: int) -> str:
        return str(value).rjust(self.width, "0")


def render(xs: list[int], fmt: Formatter) -> str:
    return ", ".join(fmt(x) for x in xs)


print(render([1, 255, 16], Twice()))
print(render([7, 42], Padded(4)))
