from collections.abc import Iterable
from typing import Protocol


class SupportsClose(Protocol):
    def close(self) -> None: ...


class Res:
    def __init__(self, name: str) -> None:
        self.name = name

    def close(self) -> None:
        print("closing", self.name)


def close_all(items: Iterable[SupportsClose]) -> int:
    n = 0
    for item in items:
        item.close()
        n += 1
    return n


def names(rs: list[SupportsClose]) -> None:
    for r in rs:
        r.close()


print(close_all([Res("a"), Res("b")]))
print(close_all((Res("c"),)))
names([Res("d")])
