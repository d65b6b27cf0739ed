"""json.dumps of dataclasses: through dataclasses.asdict, and CPython's TypeError without it."""
import json
from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass
class Address:
    street: str
    number: int


@dataclass
class Person:
    name: str
    age: int
    height: float
    address: Address
    emails: list[str] = field(default_factory=list)
    nickname: Optional[str] = None
    scores: dict[str, float] = field(default_factory=dict)


class Shape:
    def __init__(self, sides: int) -> None:
        self.sides = sides


class Square(Shape):
    def __init__(self) -> None:
        super().__init__(4)


def width(message: str) -> int:
    print(message)
    return 2


def main() -> None:
    p = Person("Ada", 36, 1.7, Address("Main St", 12), ["ada@example.org"])
    print(json.dumps(asdict(p)))
    print(json.dumps(asdict(p), indent=2, sort_keys=True))
    q = Person("Bob", 40, 2, Address("Side", 1), nickname="b", scores={"x": 1, "y": 2.5})
    print(json.dumps(asdict(q), separators=(",", ":")))
    print(json.dumps(asdict(Address("Ünïcode", -1)), ensure_ascii=False))
    try:
        print(json.dumps(p))
    except TypeError as e:
        print("TypeError:", e)
    shape: Shape = Square()
    try:
        print(json.dumps(shape))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(json.dumps(Shape(3), indent=width("keyword arguments are evaluated before dumps raises")))
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
