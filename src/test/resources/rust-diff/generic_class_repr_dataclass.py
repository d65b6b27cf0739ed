"""Generic classes printed through __repr__ and a generic dataclass (its generated repr names the class
without type arguments, as CPython prints it); a generic Pair whose swap makes the other instance."""
from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Entry(Generic[K, V]):
    key: K
    value: V
    hits: int = 0


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


e = Entry("a", 1)
f = Entry(2.5, ["x"], hits=3)
print(e, f)
e.hits += 1
print(e.hits, e.key.upper(), f.value + ["y"])
print(e == Entry("a", 1, 1), e == Entry("a", 2, 1))
p = Pair("one", 1)
q = p.swap()
print(p, q, q.swap())
print(q.key + 1, p.key + "!")
print(repr(Pair([1], (2, "z"))))
