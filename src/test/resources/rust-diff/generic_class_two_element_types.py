"""A generic container class instantiated with two element types in one program (Box[int], Box[str]),
with list[T] fields, methods returning T, and __repr__; each instance keeps its own element type."""
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, first: T) -> None:
        self.items: list[T] = [first]
        self.label = "box"

    def put(self, item: T) -> None:
        self.items.append(item)

    def last(self) -> T:
        return self.items[-1]

    def take(self) -> T:
        return self.items.pop(0)

    def size(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return "Box(" + repr(self.items) + ")"


ints = Box(1)
ints.put(20)
ints.put(300)
words: Box[str] = Box("a")
words.put("b'c")
print(ints, words)
print(ints.last() + 1, words.last().upper())
print(ints.take() * 7, words.take() + "!")
print(ints.size(), words.size(), ints.label)
total = 0
for n in ints.items:
    total += n
print(total, "".join(words.items))
nested = Box[list[int]]([1, 2])
nested.put([])
print(nested, nested.last(), len(nested.take()))
empty: Box[float] = Box(0.5)
print(empty.take(), empty.size(), empty)
print(empty.take())
