"""Statistics over prices; tools is a namespace package (no __init__.py)."""
from typing import List

from shop.cart import total, widest
from shop.money import TAX_PERCENT
import shop.util.text as text
import shop.cart


def mean(values: List[int]) -> float:
    return sum(values) / len(values)


if __name__ == "__main__":
    items = [("tea", 300), ("coffee", 450)]
    print("mean", mean([c for _, c in items]))
    print("total", total(items), "widest", widest(items), "tax", TAX_PERCENT)
    print(text.pad(text.title("cheapest"), 10), shop.cart.total(items[:1]), shop.money.CURRENCY)
