from dataclasses import dataclass


@dataclass
class InventoryItem:
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = InventoryItem("widget", 3.5, 4)
print(item)
print(item.total_cost())
print(InventoryItem("bolt", 0.25))
