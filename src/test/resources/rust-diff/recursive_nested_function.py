"""A nested function that calls itself by its own name: each call looks the name up in the
enclosing function and finds the function itself; it reads the enclosing variables it uses, and
an exception raised deep in the recursion unwinds every level."""
from typing import Callable, Optional


class Node:
    def __init__(self, value: int, left: "Optional[Node]" = None, right: "Optional[Node]" = None) -> None:
        self.value = value
        self.left = left
        self.right = right


def tree_sum(root: Optional[Node]) -> int:
    def walk(node: Optional[Node]) -> int:
        if node is None:
            return 0
        return walk(node.left) + node.value + walk(node.right)

    return walk(root)


def combinations(coins: list[int], target: int) -> int:
    calls = [0]

    def count(left: int) -> int:
        calls[0] += 1
        if left < 0:
            return 0
        if left == 0:
            return 1
        return sum(count(left - c) for c in coins)

    result = count(target)
    print("calls", calls[0])
    return result


def flatten(nested: list[list[int]], depth: int) -> list[int]:
    out: list[int] = []

    def visit(level: int, i: int) -> None:
        if i >= len(nested):
            return
        if level > depth:
            raise ValueError(f"too deep at {i}")
        out.extend(nested[i])
        visit(level + 1, i + 1)

    visit(0, 0)
    return out


def paths(rows: int, cols: int) -> int:
    def go(r: int, c: int) -> int:
        if r == rows - 1 or c == cols - 1:
            return 1
        return go(r + 1, c) + go(r, c + 1)

    twice: Callable[[int], int] = lambda r: go(r, 0) * 2
    return twice(0) // 2


if __name__ == "__main__":
    print(tree_sum(Node(1, Node(2, Node(4)), Node(3, None, Node(5)))))
    print(tree_sum(None))
    print(combinations([1, 2, 5], 5))
    print(flatten([[1], [2, 3], [4]], 5))
    try:
        print(flatten([[1], [2], [3], [4]], 1))
    except ValueError as e:
        print("ValueError:", e)
    print(paths(3, 4), paths(1, 1))
    print(flatten([[7], [8]], 0))
