"""A small stock inventory with restocking and order handling."""
from dataclasses import dataclass
from typing import Optional


class OutOfStockError(Exception):
    pass


@dataclass
class Item:
    sku: str
    name: str
    price: float
    quantity: int = 0


class Inventory:
    def __init__(self) -> None:
        self.items: dict[str, Item] = {}
        self.log: list[str] = []

    def add(self, item: Item) -> None:
        self.items[item.sku] = item
        self.log.append(f"added {item.sku}")

    def find(self, sku: str) -> Optional[Item]:
        if sku in self.items:
            return self.items[sku]
        return None

    def order(self, sku: str, count: int) -> float:
        item = self.find(sku)
        if item is None:
            raise KeyError(sku)
        if item.quantity < count:
            raise OutOfStockError(f"only {item.quantity} of {item.name} left, {count} wanted")
        item.quantity -= count
        self.log.append(f"sold {count} x {sku}")
        return item.price * count

    def value(self) -> float:
        return sum((item.price * item.quantity for item in self.items.values()), 0.0)


if __name__ == "__main__":
    stock = Inventory()
    stock.add(Item("A100", "widget", 2.5, 40))
    stock.add(Item("B200", "gadget", 12.75, 5))
    stock.add(Item("C300", "doohickey", 0.1))
    print(stock.find("B200"))
    print(stock.find("Z999"))
    print(f"stock value: {stock.value():.2f}")
    for sku, count in [("A100", 10), ("B200", 6), ("Z999", 1), ("B200", 5)]:
        try:
            total = stock.order(sku, count)
            print(f"order {sku} x{count}: {total:.2f}")
        except OutOfStockError as e:
            print("cannot order:", e)
        except KeyError as e:
            print("unknown sku:", e)
    print(f"stock value: {stock.value():.2f}")
    print(stock.log)
    print([item.name for item in stock.items.values() if item.quantity == 0])
