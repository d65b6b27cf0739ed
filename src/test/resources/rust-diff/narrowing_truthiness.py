# Narrowing by truthiness, as mypy and pyright document it: `if x:` and `if not x:` on Optional
# values, `x and x.attr`, and narrowing that a loop iteration or a branch join undoes.
from typing import Optional


class Config:
    def __init__(self, name: str, retries: int) -> None:
        self.name = name
        self.retries = retries


def name_len(s: Optional[str]) -> int:
    if s:
        return len(s)
    return 0


def first(xs: Optional[list[int]]) -> int:
    if not xs:
        return -1
    return xs[0]


def retries(c: Optional[Config]) -> int:
    return c.retries if c else 0


def shout(s: Optional[str]) -> str:
    if s and s.startswith("!"):
        return s.upper()
    return "quiet"


def joined(flag: bool, s: Optional[str]) -> str:
    if flag:
        if s is None:
            return "none"
    else:
        s = "default"
    return s + "."


def loop_undoes(xs: list[Optional[int]]) -> int:
    last: Optional[int] = 0
    t = 0
    for x in xs:
        if last is not None:
            t += last
        last = x
    return t


if __name__ == "__main__":
    empty: list[int] = []
    print(name_len(None), name_len(""), name_len("abc"))
    print(first(None), first(empty), first([4, 5]))
    print(retries(None), retries(Config("a", 3)))
    print(shout(None), shout(""), shout("!hey"), shout("hey"))
    print(joined(True, None), joined(True, "x"), joined(False, None))
    print(loop_undoes([1, None, 2, 3]))
