from dataclasses import dataclass


@dataclass(order=True)
class Card:
    rank: int
    suit: str


if __name__ == "__main__":
    print(sorted([Card(3, "h"), Card(1, "s")]))
