# The truth value of an Optional instance: None is false; an instance is true unless its class's
# __bool__ or __len__ says otherwise. A test that is true narrows the Optional to the instance.
from __future__ import annotations


class Chain:
    def __init__(self, value: int, rest: Chain | None = None) -> None:
        self.value = value
        self.rest = rest

    def __len__(self) -> int:
        return 1 + (len(self.rest) if self.rest else 0)


class Flag:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        print("bool of", self.on)
        return self.on


class Bag:
    def __init__(self) -> None:
        self.items: list[int] = []

    def __len__(self) -> int:
        return len(self.items)


def total(c: Chain | None) -> int:
    s = 0
    while c:
        s += c.value
        c = c.rest
    return s


def describe(f: Flag | None) -> str:
    if f:
        return "on"
    return "off or none"


def size(b: Bag | None) -> str:
    if b and len(b.items) > 1:
        return "big"
    return "small, empty or none"


print(total(Chain(1, Chain(2, Chain(3)))))
print(total(None))
print(len(Chain(5, Chain(6))))
print(describe(Flag(True)), describe(Flag(False)), describe(None))
bag = Bag()
print(size(bag), size(None))
bag.items.append(4)
print(size(bag))
bag.items.append(5)
print(size(bag))


def main(bag: Bag) -> None:
    maybe: Bag | None = bag if len(bag.items) > 5 else None
    print("yes" if maybe else "no")
    maybe = Bag()
    print("yes" if maybe else "no", not maybe)
    maybe.items.append(1)
    print("yes" if maybe else "no", not maybe)


main(bag)
