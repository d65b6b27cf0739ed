"""doctest.testmod() over examples that all pass: values shown as the interactive interpreter
shows them, output, expected exceptions, directives, class and method docstrings.

>>> 1 + 1
2
>>> "a" + "b"
'ab'
>>> [1.5, 2.0], {"k": (1, None)}
([1.5, 2.0], {'k': (1, None)})
>>> None
>>> print("printed")
printed
>>> for i in range(3):
...     i * i
0
1
4
>>> find([3, 4], 4)
1
>>> find([3, 4], 5)
>>> 2 > 1
1
"""
import doctest
from typing import List, Optional


class Overdrawn(Exception):
    pass


class Account:
    """An account that refuses to go below zero.

    >>> a = Account(10)
    >>> a.take(3)
    7
    >>> a.take(100)
    Traceback (most recent call last):
      File "<doctest>", line 1, in <module>
    Overdrawn: 100 > 7
    >>> a.balance
    7
    """

    def __init__(self, balance: int) -> None:
        self.balance = balance

    def take(self, amount: int) -> int:
        """
        >>> Account(5).take(5)
        0
        >>> Account(1).take(2)  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        Overdrawn: some other text
        """
        if amount > self.balance:
            raise Overdrawn(str(amount) + " > " + str(self.balance))
        self.balance -= amount
        return self.balance


def find(items: List[int], wanted: int) -> Optional[int]:
    """The index of wanted, or None.

    >>> find([], 1) is None
    True
    >>> int("x")
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(6))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2,
     3, 4, 5]
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> find([1], 1) + 100  # doctest: +SKIP
    this is not run
    """
    for i, x in enumerate(items):
        if x == wanted:
            return i
    return None


if __name__ == "__main__":
    print(doctest.testmod())
