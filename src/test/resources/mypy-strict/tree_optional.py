from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class Tree:
    value: int
    left: Optional[Tree] = None
    right: Optional[Tree] = None


def insert(t: Optional[Tree], v: int) -> Tree:
    if t is None:
        return Tree(v)
    if v < t.value:
        t.left = insert(t.left, v)
    else:
        t.right = insert(t.right, v)
    return t


def inorder(t: Optional[Tree]) -> list[int]:
    if t is None:
        return []
    return inorder(t.left) + [t.value] + inorder(t.right)


root: Optional[Tree] = None
for v in [5, 2, 8, 1, 9]:
    root = insert(root, v)
print(inorder(root))
