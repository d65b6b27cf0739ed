# Narrowing inside comprehensions (their own if clauses), and isinstance narrowing of an Optional
# value whose class has subclasses that override its methods: calls still reach the override.
from typing import Optional


class P:
    def __init__(self, v: int) -> None:
        self.v = v


def comprehensions() -> None:
    xs: list[Optional[P]] = [P(1), None, P(3)]
    print([x.v for x in xs if x is not None])
    ns: list[Optional[int]] = [0, None, 2]
    print([n + 1 for n in ns if n is not None])
    print(sum(n for n in ns if n))
    print({n: n * 2 for n in ns if n is not None})


class A:
    def name(self) -> str:
        return "A"


class B(A):
    def name(self) -> str:
        return "B"

    def only_b(self) -> str:
        return "only " + self.name()


class C(B):
    def name(self) -> str:
        return "C"


def f(a: Optional[A]) -> str:
    if isinstance(a, B):
        return a.only_b() + " " + a.name()
    if a:
        return a.name()
    return "none"


def dispatch() -> None:
    xs: list[Optional[A]] = [A(), B(), C(), None]
    for x in xs:
        print(f(x))


if __name__ == "__main__":
    comprehensions()
    dispatch()
