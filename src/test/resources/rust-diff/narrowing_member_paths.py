# Narrowing of member access paths (self.head, node.next.value), as pyright documents it, and
# what ends it: an assignment to the path or to a prefix of it, an assignment to the same
# attribute through another name, and a call that may change the object.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self) -> None:
        self.head: Optional[Node] = None

    def push(self, v: int) -> None:
        self.head = Node(v, self.head)

    def first(self) -> int:
        if self.head is not None:
            return self.head.value
        return -1

    def second(self) -> int:
        if self.head is not None and self.head.next is not None:
            return self.head.next.value
        return -1

    def total(self) -> int:
        node = self.head
        t = 0
        while node is not None:
            t += node.value
            node = node.next
        return t

    def pop(self) -> int:
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        return v


class Box:
    def __init__(self) -> None:
        self.v: Optional[int] = None

    def clear(self) -> None:
        self.v = None


def after_call(b: Box) -> None:
    b.v = 5
    if b.v is not None:
        print("before", b.v + 1)
        b.clear()
        print("after the call", b.v)


def after_assignment(b: Box) -> None:
    if b.v is not None:
        print(b.v + 1)
        b.v = None
        print("after the assignment", b.v)
    b.v = 7
    print("assigned", b.v + 1)


def through_alias(a: Box, b: Box) -> None:
    if a.v is not None:
        b.v = None
        print("alias", a.v)


def prefix(l: LinkedList) -> None:
    if l.head is not None and l.head.next is not None:
        print("next value", l.head.next.value)
        l.head = Node(0)
        print("after the prefix changed", l.head.next is None)


if __name__ == "__main__":
    l = LinkedList()
    print(l.first(), l.second(), l.total())
    l.push(1)
    print(l.first(), l.second(), l.total())
    l.push(2)
    l.push(3)
    print(l.first(), l.second(), l.total())
    print(l.pop(), l.pop(), l.total())
    after_call(Box())
    b = Box()
    b.v = 1
    after_assignment(b)
    shared = Box()
    shared.v = 3
    through_alias(shared, shared)
    l.push(4)
    prefix(l)
    print(l.pop(), l.pop())
    l.pop()
