"""copy.copy and copy.deepcopy: lists, dicts, sets, nested containers, shared references and
cycles kept shared by deepcopy's memo, dataclasses, plain objects, NamedTuples, enum members."""
import copy
from copy import deepcopy
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple, Optional


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Item:
    name: str
    tags: list[str] = field(default_factory=list)
    color: Color = Color.RED


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: Optional["Node"] = None
        self.children: list["Node"] = []


class Pt(NamedTuple):
    x: int
    y: int


def walk(n: Optional[Node]) -> list[int]:
    out: list[int] = []
    seen = 0
    while n is not None and seen < 6:
        out.append(n.value)
        n = n.next
        seen += 1
    return out


def main() -> None:
    a = [1, 2, 3]
    nested = [a, a, [4, 5]]
    shallow = copy.copy(nested)
    deep = copy.deepcopy(nested)
    a.append(99)
    print(nested, shallow, deep)
    deep[0].append(7)
    print(deep, deep[0] is deep[1], shallow[0] is nested[0], deep[0] is nested[0])
    d = {"x": [1], "y": [2, 3]}
    d2 = copy.copy(d)
    d3 = deepcopy(d)
    d["x"].append(10)
    d["z"] = [0]
    print(d, d2, d3, d2["x"] is d["x"], d3["x"] is d["x"])
    s = {3, 1, 2, 100, 17}
    s.discard(2)
    s2 = copy.copy(s)
    s3 = deepcopy(s)
    s.add(5)
    print(s, s2, s3, s2 == s3)
    words = {"b": {"k"}, "a": set()}
    w2 = deepcopy(words)
    words["b"].add("q")
    print(sorted(words["b"]), sorted(w2["b"]), list(w2))
    t = (1, "two", 3.0)
    print(copy.copy(t), deepcopy(t), copy.copy("text"), deepcopy(42))
    it = Item("pen", ["blue"])
    it2 = copy.copy(it)
    it3 = deepcopy(it)
    it.tags.append("red")
    it.name = "pencil"
    print(it, it2, it3, it2.tags is it.tags, it3.tags is it.tags, it3 == Item("pen", ["blue"]))
    head = Node(1)
    head.next = Node(2)
    head.next.next = head
    head.children = [head, Node(5)]
    copied = deepcopy(head)
    second = copied.next
    print(walk(copied), second is not None and second.next is not None and second.next.value == 1,
          copied.children[0] is copied)
    head.value = 100
    print(walk(head), walk(copied), copied is head)
    copied.value = 50
    copied.children[1].value = 6
    print(walk(copied), walk(head), copied.children[0].value, head.children[1].value)
    flat = copy.copy(head)
    print(flat.value, flat.children is head.children, flat is head)
    p = Pt(1, 2)
    print(copy.copy(p), deepcopy(p), copy.copy(p) == p, deepcopy([p, p]))
    print(copy.copy(Color.GREEN) is Color.GREEN, deepcopy(Color.RED) is Color.RED, deepcopy([Color.RED]))
    grid = [[0] * 3 for _ in range(2)]
    g2 = deepcopy(grid)
    g2[0][0] = 1
    print(grid, g2)
    shared_row = [0, 0]
    table = {"a": shared_row, "b": shared_row}
    t2 = deepcopy(table)
    t2["a"][0] = 9
    print(table, t2)


if __name__ == "__main__":
    main()
