from typing import Optional


class Item:
    def __init__(self, name: str, count: int) -> None:
        self.name = name
        self.count = count


def trace(label: str, value: str) -> str:
    print("eval", label)
    return value


def name_of(item: Optional[Item]) -> str:
    return item is not None and item.name or "?"


def count_of(item: Optional[Item], limit: int) -> int:
    return item is not None and item.count < limit and item.count or -1


def ordered(flag: int) -> str:
    return flag > 0 and trace("value", "v" * flag) or trace("default", "d")


print(name_of(Item("cup", 1)), name_of(None), repr(name_of(Item("", 2))))
print(count_of(Item("a", 3), 5), count_of(Item("b", 0), 5), count_of(Item("c", 9), 5), count_of(None, 5))
print(ordered(2))
print(ordered(0))
print(ordered(-1))
x = 5
print(x > 3 and "big" or "small", x > 9 and "big" or "small")
