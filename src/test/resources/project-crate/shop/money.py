"""Amounts of money in cents."""

TAX_PERCENT = 8
CURRENCY: str = "EUR"


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def plus(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {CURRENCY}"


def add_tax(cents: int, percent: int = 8) -> int:
    return cents + cents * percent // 100
