"""Stock levels: module variables that the functions here change while the program runs."""
from typing import Iterator

from .errors import OutOfStock, ShopError

LOW = 2
moves = 0
last: str = "none"
log: list[str] = []


def take(levels: dict[str, int], item: str, n: int = LOW - 1) -> int:
    global moves, last
    have = levels.get(item, 0)
    if n <= 0:
        raise ShopError("nothing to take")
    if have < n:
        raise OutOfStock(item, n)
    levels[item] = have - n
    moves += 1
    last = item
    log.append(f"{item}-{n}")
    return have - n


def low(levels: dict[str, int], below: int = LOW + 1) -> Iterator[str]:
    for item in sorted(levels):
        if levels[item] < below:
            yield item
