from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


p = Pair("one", 1)
q = p.swap()
print(p.key, p.value, q.key, q.value)
