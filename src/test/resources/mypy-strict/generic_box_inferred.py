from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, content: T) -> None:
        self.content = content

    def get(self) -> T:
        return self.content

    def replace(self, content: T) -> T:
        old = self.content
        self.content = content
        return old


a = Box(1)
b = Box[int](2)
c = Box("text")
print(a.get() + b.get(), c.get().title())
print(a.replace(10), a.get())
print(c.replace("other"), c.content)
