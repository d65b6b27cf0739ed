"""Statistics over prices; tools is a namespace package (no __init__.py)."""
from typing import List

from shop.cart import total, widest
from shop.money import TAX_PERCENT


def mean(values: List[int]) -> float:
    return sum(values) / len(values)


if __name__ == "__main__":
    items = [("tea", 300), ("coffee", 450)]
    print("mean", mean([c for _, c in items]))
    print("total", total(items), "widest", widest(items), "tax", TAX_PERCENT)
