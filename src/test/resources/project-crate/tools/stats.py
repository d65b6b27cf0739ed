"""Statistics over prices; tools is a namespace package (no __init__.py)."""
from typing import List

from shop.cart import total, widest
from shop.money import TAX_PERCENT
import shop.util.text as text
import shop.cart
import doctest


def mean(values: List[int]) -> float:
    """The arithmetic mean.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> m = mean([300, 450])
    >>> m
    375.0
    >>> mean([2, 2]) == 2
    True
    >>> mean([1, 2])  # fails on purpose: the translation must report it as CPython does
    1.0
    >>> mean([])
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> print(sorted(set("ab")), "...")  # doctest: +ELLIPSIS
    ['a', 'b'] ...
    >>> mean([7]) + 1  # doctest: +SKIP
    nonsense
    """
    return sum(values) / len(values)


if __name__ == "__main__":
    items = [("tea", 300), ("coffee", 450)]
    print("mean", mean([c for _, c in items]))
    print("total", total(items), "widest", widest(items), "tax", TAX_PERCENT)
    print(text.pad(text.title("cheapest"), 10), shop.cart.total(items[:1]), shop.money.CURRENCY)
    print(doctest.testmod())
