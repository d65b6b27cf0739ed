# Narrowing of Optional values by None tests, as mypy and pyright document it: `is None`,
# `is not None`, `== None`, `!= None`, inside `and`/`or`/`not`, conditional expressions,
# branches that end in return/raise/continue/break, assert, and `while x is not None`.
from typing import Optional


def first_word(s: Optional[str]) -> str:
    if s is None:
        return "<none>"
    return s.split(" ")[0]


def double(x: Optional[int]) -> int:
    if x is not None:
        return x * 2
    return -1


def eq_none(x: Optional[int]) -> int:
    if x == None:  # noqa: E711
        return 0
    return x + 100


def ne_none(x: Optional[int]) -> int:
    if x != None:  # noqa: E711
        return x - 100
    return 0


def low(item: Optional[int], q: int) -> bool:
    return item is None or item < q


def picked(items: list[int], j: Optional[int]) -> int:
    if j is not None and items[j]:
        return items[j]
    return -1


def negated(x: Optional[int]) -> int:
    if not (x is None):
        return x + 1
    return 0


def describe(x: Optional[float]) -> str:
    return "missing" if x is None else str(x * 2)


def must(x: Optional[int]) -> int:
    if x is None:
        raise ValueError("no value")
    return x + 1


def asserted(x: Optional[int]) -> int:
    assert x is not None
    return x * 3


def total(xs: list[Optional[int]]) -> int:
    t = 0
    for x in xs:
        if x is None:
            continue
        t += x
    return t


def until_none(xs: list[Optional[int]]) -> int:
    t = 0
    for x in xs:
        if x is None:
            break
        t += x
    return t


def countdown(start: Optional[int]) -> list[int]:
    out: list[int] = []
    n = start
    while n is not None:
        out.append(n)
        n = n - 1 if n > 0 else None
    return out


def both(a: Optional[int], b: Optional[int]) -> int:
    if a is None or b is None:
        return 0
    return a * b


def either(a: Optional[int], b: Optional[int]) -> int:
    if a is not None and b is not None and a > b:
        return a - b
    if a is not None or b is not None:
        return 1
    return 0


if __name__ == "__main__":
    print(first_word(None), first_word("hello world"))
    print(double(None), double(21))
    print(eq_none(None), eq_none(1), ne_none(None), ne_none(1))
    print(low(None, 3), low(1, 3), low(5, 3))
    print(picked([0, 5, 7], 1), picked([0, 5, 7], 0), picked([0, 5, 7], None))
    print(negated(None), negated(4))
    print(describe(None), describe(1.25))
    print(must(4))
    try:
        must(None)
    except ValueError as e:
        print("ValueError:", e)
    print(asserted(5))
    print(total([1, None, 2, None, 3]), until_none([1, 2, None, 3]))
    print(countdown(3), countdown(None))
    print(both(None, 2), both(3, 4), either(5, 2), either(1, None), either(None, None))
    asserted(None)
