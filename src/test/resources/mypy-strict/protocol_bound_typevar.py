from typing import Protocol, TypeVar


class HasScore(Protocol):
    score: int


class Player:
    def __init__(self, name: str, score: int) -> None:
        self.name = name
        self.score = score


class Team:
    def __init__(self, city: str, score: int) -> None:
        self.city = city
        self.score = score


T = TypeVar("T", bound=HasScore)


def best(items: list[T]) -> T:
    top = items[0]
    for item in items:
        if item.score > top.score:
            top = item
    return top


print(best([Player("ann", 3), Player("bob", 9), Player("cy", 5)]).name)
print(best([Team("Oslo", 2), Team("Rome", 1)]).city)
