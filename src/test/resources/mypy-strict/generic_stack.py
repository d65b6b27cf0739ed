from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def empty(self) -> bool:
        return not self.items


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.empty())
names: Stack[str] = Stack()
names.push("x")
print(names.pop(), names.empty())
