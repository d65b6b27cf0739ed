from typing import Optional


class Item:
    def __init__(self, name: str, quantity: int) -> None:
        self.name = name
        self.quantity = quantity


def needs_restock(item: Optional[Item], threshold: int) -> bool:
    return item is None or item.quantity < threshold


def name_of(item: Optional[Item]) -> str:
    return item is not None and item.name or "?"


print(needs_restock(None, 3), needs_restock(Item("pen", 2), 3), needs_restock(Item("ink", 9), 3))
print(name_of(Item("cup", 1)), name_of(None))
