# Assigning an instance to an Optional attribute narrows that member access path, as mypy does:
# root.left = Node(2) makes root.left a Node until something may rebind it. Building another plain
# object (Node(3)) runs no code that could, so root.left.left = Node(3) assigns through it.
from __future__ import annotations

from dataclasses import dataclass


class Node:
    def __init__(self, data: int) -> None:
        self.data = data
        self.left: Node | None = None
        self.right: Node | None = None


@dataclass
class Leaf:
    key: int
    nxt: Leaf | None = None


class Base:
    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.link: Base | None = None


class Derived(Base):
    def __init__(self, tag: str, extra: int) -> None:
        """A subclass whose __init__ only calls its base's and binds fields."""
        super().__init__(tag)
        self.extra = extra


def build() -> Node:
    root = Node(1)
    root.left = Node(2)
    root.right = Node(5)
    root.left.left = Node(3)
    root.left.right = Node(4)
    root.right.right = Node(6)
    return root


def walk(n: Node | None, depth: int) -> None:
    if n is None:
        return
    print("  " * depth + str(n.data))
    walk(n.left, depth + 1)
    walk(n.right, depth + 1)


def flatten(root: Node | None) -> None:
    if not root:
        return
    flatten(root.left)
    rest = root.right
    root.right = root.left
    root.left = None
    current = root
    while current.right:
        current = current.right
    current.right = rest
    flatten(rest)


tree = build()
walk(tree, 0)
flatten(tree)
node: Node | None = tree
while node:
    print(node.data, end=" ")
    node = node.right
print()

head = Leaf(1)
head.nxt = Leaf(2)
head.nxt.nxt = Leaf(3)
print(head)

d = Derived("a", 1)
d.link = Derived("b", 2)
d.link.link = Base("c")
print(d.link.tag, d.link.link.tag, d.link.link.link is None)
