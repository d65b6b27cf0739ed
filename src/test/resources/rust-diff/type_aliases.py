from __future__ import annotations

from typing import Literal, Optional, TypeAlias, Union


class Leaf:
    def __init__(self, value: int) -> None:
        self.value = value


class Node:
    def __init__(self, left: "Leaf | Node", right: Tree) -> None:
        self.left = left
        self.right = right


Tree = Union[Leaf, Node]
Direction = Literal["left", "right"]
Grid: TypeAlias = list[list[int]]
Row = list[int]
MaybeRow = Optional[Row]
Label = str | int


def total(t: Tree) -> int:
    if isinstance(t, Leaf):
        return t.value
    return total(t.left) + total(t.right)


def walk(pos: int, moves: list[Direction]) -> int:
    for m in moves:
        pos = pos - 1 if m == "left" else pos + 1
    return pos


def width(g: Grid) -> int:
    best = 0
    for row in g:
        best = max(best, len(row))
    return best


def first(r: MaybeRow) -> int:
    return -1 if r is None else r[0]


def show(x: Label) -> str:
    if isinstance(x, int):
        return "#" + str(x)
    return x


print(total(Node(Leaf(1), Node(Leaf(2), Leaf(3)))))
print(walk(0, ["left", "right", "right"]))
print(width([[1, 2], [3, 4, 5], []]))
print(first(None), first([7, 8]))
print(show(4), show("four"))
