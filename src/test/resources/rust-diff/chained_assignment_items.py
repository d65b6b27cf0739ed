"""Chained assignment whose first target is an item or an attribute: the value is evaluated once,
then stored into each target from left to right, each target's object and index evaluated just
before its own store; one list value is shared by every target."""
from typing import Optional


class Node:
    def __init__(self, label: str) -> None:
        self.label = label
        self.left: Optional[Node] = None
        self.right: Optional[Node] = None
        self.count = 0
        self.total = 0

    def reset(self) -> None:
        self.count = self.total = 7


def where(tag: str, i: int) -> int:
    print("index", tag, i)
    return i


def value(n: int) -> int:
    print("value", n)
    return n


def main() -> None:
    grid = [[0] * 3 for _ in range(3)]
    grid[0][0] = grid[2][2] = 5
    print(grid)
    a = [0, 0, 0]
    b = [1, 1, 1]
    a[where("a", 1)] = b[where("b", 2)] = value(9)
    print(a, b)
    n = Node("root")
    n.reset()
    print(n.count, n.total)
    n.left = n.right = Node("child")
    if n.left is not None and n.right is not None:
        print(n.left is n.right, n.left.label)
    n.left = n.right = None
    print(n.left is None, n.right is None)
    rows: list[list[int]] = [[], []]
    rows[0] = rows[1] = [4]
    rows[0].append(5)
    print(rows)
    d: dict[str, int] = {}
    d["x"] = m = d["y"] = value(3)
    print(d, m)
    c = [0, 0]
    i = 0
    c[i] = i = 1
    print(c, i)
    try:
        a[5] = b[0] = 2
    except IndexError as e:
        print("IndexError:", e, a, b)
    a[0] = b[10] = 8


if __name__ == "__main__":
    main()
