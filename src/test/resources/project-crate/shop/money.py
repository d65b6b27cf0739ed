"""Amounts of money in cents."""

TAX_PERCENT = 8
CURRENCY: str = "EUR"


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def plus(self, other: "Money") -> "Money":
        """The sum of two amounts.

        >>> print(Money(150).plus(Money(75)))
        2.25 EUR
        >>> Money(1).plus(Money(2)).cents
        3
        """
        return Money(self.cents + other.cents)

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {CURRENCY}"


def add_tax(cents: int, percent: int = 8) -> int:
    """The amount with tax, rounded down to a cent.

    >>> add_tax(100)
    108
    >>> [add_tax(c, 10) for c in (10, 20,
    ...                           30)]  # doctest: +NORMALIZE_WHITESPACE
    [11,  22,
     33]
    >>> add_tax(100, 100 // 0)
    Traceback (most recent call last):
      ...
    ZeroDivisionError: integer division or modulo by zero
    """
    return cents + cents * percent // 100
