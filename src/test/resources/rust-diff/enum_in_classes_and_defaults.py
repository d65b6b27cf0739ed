from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Optional


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"

    def symbol(self) -> str:
        return "♥" if self is Suit.HEARTS else "♠"

    def __str__(self) -> str:
        return self.name.title()


class Rank(IntEnum):
    TWO = 2
    ACE = 14


@dataclass
class Card:
    suit: Suit
    rank: Rank = Rank.TWO
    back: Suit = field(default=Suit.SPADES, compare=False)


TRUMP = Suit.SPADES


def best(s: Suit = Suit.HEARTS, other: Optional[Suit] = None) -> str:
    if other is None:
        return f"{s} alone"
    return f"{s} and {other}"


def main() -> None:
    c = Card(Suit.HEARTS, Rank.ACE)
    print(c, c.suit, c.rank, c.rank > Rank.TWO, TRUMP, repr(TRUMP), f"{TRUMP:>8}|")
    print(best(), best(Suit.SPADES, Suit.HEARTS), Suit.HEARTS.symbol(), [str(s) for s in Suit])
    print(c == Card(Suit.HEARTS, Rank.ACE), Card(Suit.SPADES))
    by_suit: dict[Suit, int] = {s: len(s.value) for s in Suit}
    by_suit[Suit.SPADES] += 3
    print(by_suit)
    print(sorted([Rank.ACE, Rank.TWO], reverse=True), Rank.ACE + Rank.TWO)


if __name__ == "__main__":
    main()
