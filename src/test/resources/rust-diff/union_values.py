from typing import Any, Optional


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return "Shape(" + self.name + ")"


class Square(Shape):
    def __init__(self, side: int) -> None:
        super().__init__("square")
        self.side = side


class Tag:
    def __init__(self, label: str) -> None:
        self.label = label

    def __repr__(self) -> str:
        return "Tag(" + repr(self.label) + ")"


def describe(v: int | str | list[int]) -> str:
    if isinstance(v, int):
        return "int " + str(v + 1)
    elif isinstance(v, str):
        return "str " + v.upper()
    else:
        n = len(v)
        return f"list of {n} {v}"


def early(v: int | str) -> int:
    if isinstance(v, str):
        return len(v)
    return v * 10


def kind(x: object) -> str:
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int " + str(x + 1)
    if isinstance(x, (str, float)):
        return "str or float " + repr(x)
    if isinstance(x, Square):
        return "square " + str(x.side)
    if isinstance(x, Shape):
        return "shape " + x.name
    return "other " + str(x)


def shapes(s: Shape | Tag) -> str:
    if isinstance(s, Square):
        return "a square of side " + str(s.side)
    if isinstance(s, Shape):
        return "some shape " + s.name
    return "tag " + s.label


def keep(x: Any) -> Any:
    return x


def pick(flag: bool) -> int | str:
    if flag:
        return 7
    return "seven"


def main() -> None:
    print(describe(3), describe("ab"), describe([1, 2]))
    print(early("four"), early(4))
    values: list[object] = [True, 5, "s", 2.5, Square(3), Shape("blob"), [1, 2], None]
    for x in values:
        print(kind(x))
    print(kind(False), kind(-1))
    things: list[Shape | Tag] = [Square(2), Shape("circle"), Tag("t")]
    for s in things:
        print(shapes(s))
    items: list[int | str] = [1, "two", 3]
    print(items)
    print([early(i) for i in items])
    xs = [1]
    kept = keep(xs)
    xs.append(2)
    print(kept, keep("q"), repr(keep("q")))
    u: int | str = pick(True)
    print(u, repr(pick(False)), f"{pick(False)}!")
    u = "now a str"
    print(u)
    maybe: Optional[int | str] = None
    print(maybe)
    maybe = "m"
    if maybe is not None:
        print(maybe)
    d: dict[str, int | Tag] = {"a": 1, "b": Tag("x")}
    print(d)


main()
