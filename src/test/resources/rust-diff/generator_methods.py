from typing import Iterator


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.children: list["Node"] = []

    def add(self, child: "Node") -> "Node":
        self.children.append(child)
        return child

    def walk(self, depth: int) -> Iterator[tuple[int, int]]:
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

    def leaves(self) -> Iterator[int]:
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def points(self) -> Iterator[str]:
        yield self.name + ":origin"


class Square(Shape):
    def __init__(self, name: str, side: int) -> None:
        super().__init__(name)
        self.side = side

    def points(self) -> Iterator[str]:
        try:
            for i in range(4):
                yield f"{self.name}:corner{i}"
        finally:
            print("square walk closed")


root = Node(1)
a = root.add(Node(2))
a.add(Node(4))
root.add(Node(3))
for depth, value in root.walk(0):
    print("  " * depth + str(value))
print(list(root.leaves()))
shapes: list[Shape] = [Shape("dot"), Square("sq", 2)]
for s in shapes:
    for p in s.points():
        print(p)
        if p.endswith("1"):
            break
print("done")
