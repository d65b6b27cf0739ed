"""A cart of priced items; its report lives in shop.report, which imports this module back."""
from typing import List, Tuple

from shop.money import Money
from .util.text import pad


def total(items: List[Tuple[str, int]]) -> Money:
    result = Money(0)
    for _, cents in items:
        result = result.plus(Money(cents))
    return result


def widest(items: List[Tuple[str, int]]) -> int:
    return max(len(name) for name, _ in items)


from .report import report_lines  # noqa: E402  (a cycle: shop.report imports this module)


if __name__ == "__main__":
    items = [("apple", 120), ("bread", 250), ("cheese", 799)]
    for line in report_lines(items):
        print(line)
    print(pad("total", widest(items) + 2), total(items))
