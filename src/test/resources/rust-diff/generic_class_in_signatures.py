"""A generic class instance named in signatures before the module functions its __init__ calls are typed,
and a plain class reading its attributes: the instance learns its attributes with the module's classes."""
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, v: T, tag: str) -> None:
        self.v = v
        self.tag = label(tag)


class Holder:
    def __init__(self, b: Box[int]) -> None:
        self.n = b.v + 1
        self.t = b.tag


def unbox(b: Box[int]) -> int:
    return b.v


def label(s: str) -> str:
    return "<" + s + ">"


h = Holder(Box(1, "one"))
print(h.n, h.t, unbox(Box(5, "five")))
