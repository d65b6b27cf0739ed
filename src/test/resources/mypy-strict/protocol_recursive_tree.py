from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class TreeLike(Protocol):
    value: int

    @property
    def children(self) -> Sequence[TreeLike]: ...


class Node:
    def __init__(self, value: int, kids: list[Node]) -> None:
        self.value = value
        self.kids = kids

    @property
    def children(self) -> list[Node]:
        return self.kids


def total(t: TreeLike) -> int:
    return t.value + sum(total(c) for c in t.children)


print(total(Node(1, [Node(2, []), Node(3, [Node(4, [])])])))
