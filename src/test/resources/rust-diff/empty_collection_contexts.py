from collections.abc import Iterator
from typing import Optional


def squares(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


def evens_below(limit: int) -> list[int]:
    out = []
    for v in squares(limit):
        if v > limit:
            break
        if v % 2 == 0:
            out.append(v)
    return out


def pairs(words: list[str]) -> list[str]:
    labels = []
    for i, w in enumerate(words):
        for j in range(i):
            labels.append(f"{w}{j}")
    return labels


def index(words: list[str]) -> dict[int, list[str]]:
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    return by_len


def count(xs: Optional[list[int]] = None) -> int:
    if xs is None:
        xs = []
    xs.append(len(xs))
    return len(xs)


def either(flag: bool) -> list[str] | int:
    if flag:
        return []
    return 0


seen = set()
order = []
for word in ["b", "a", "b", "c", "a"]:
    if word not in seen:
        seen.add(word)
        order.append(word)
print(order, len(seen))
print(evens_below(50))
print(pairs(["x", "y", "z"]))
print(index(["aa", "b", "cc"]))
print(count(), count([5, 6]))
print(either(True), either(False))
