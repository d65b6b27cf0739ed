from __future__ import annotations

from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional[Node] = None) -> None:
        self.value = value
        self.next = next


def total(head: Optional[Node]) -> int:
    s = 0
    node = head
    while node is not None:
        s += node.value
        node = node.next
    return s


chain = Node(1, Node(2, Node(3)))
print(total(chain))
print(total(None))
