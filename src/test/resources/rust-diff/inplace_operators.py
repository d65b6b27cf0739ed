"""In-place operators: x += y calls x.__iadd__(y) and binds x to its result; without it, x = x + y."""
from __future__ import annotations


class Bag:
    def __init__(self) -> None:
        self.items: list[str] = []

    def __iadd__(self, item: str) -> Bag:
        print("  iadd", item)
        self.items.append(item)
        return self

    def __add__(self, item: str) -> Bag:
        print("  add", item)
        out = Bag()
        out.items = self.items + [item]
        return out


class Vec:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: Vec) -> Vec:
        return Vec(self.x + other.x, self.y + other.y)

    def __imul__(self, k: int) -> Vec:
        self.x *= k
        self.y *= k
        return self

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


class Holder:
    def __init__(self) -> None:
        self.bag = Bag()
        self.vec = Vec(1, 1)


b = Bag()
alias = b
b += "apple"
b += "pear"
print(b.items, alias.items, b is alias)
c = b + "plum"
print(c.items, b.items, c is b)
v = Vec(1, 2)
w = v
v += Vec(10, 10)
print(v, w, v is w)
w *= 3
print(w)
h = Holder()
h.bag += "fig"
h.vec *= 5
h.vec += Vec(1, 0)
print(h.bag.items, h.vec)
vs = [Vec(0, 1)]
vs[0] *= 7
vs[0] += Vec(2, 2)
print(vs[0])
