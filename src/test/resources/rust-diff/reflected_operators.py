"""Reflected operators: int * obj reaches obj.__rmul__, obj op obj the left's method first, else the right's reflected one."""
from __future__ import annotations


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: Money) -> Money:
        print("  add", self, other)
        return Money(self.cents + other.cents)

    def __radd__(self, other: int) -> Money:
        print("  radd", self, other)
        return Money(self.cents + other)

    def __rmul__(self, k: int) -> Money:
        print("  rmul", self, k)
        return Money(self.cents * k)

    def __rsub__(self, other: int) -> Money:
        return Money(other - self.cents)

    def __rtruediv__(self, other: float) -> float:
        return other / self.cents

    def __rfloordiv__(self, other: int) -> int:
        return other // self.cents

    def __str__(self) -> str:
        return f"${self.cents / 100:.2f}"


class Tag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __radd__(self, other: str) -> str:
        return other + "#" + self.name


class Plain:
    pass


class Wrapper:
    def __init__(self, v: int) -> None:
        self.v = v

    def __radd__(self, other: Plain) -> int:
        print("  wrapper radd")
        return self.v


m = Money(250)
print(3 * m, 0 + m, 1000 - m, m + Money(5))
print(1.0 / Money(4), 9 // Money(2))
print("label" + Tag("x"), "a" + Tag("b") + "!")
print(Plain() + Wrapper(7))
print(7 // Money(0))
