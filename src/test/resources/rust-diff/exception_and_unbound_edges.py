"""Exception classes: a KeyError subclass, keyword arguments left out of args, __repr__ and super().__str__(),
locals carried across nested loop iterations, and a try/finally that may leave a local unbound."""

from typing import Optional


class AppError(Exception):
    pass


class MissingKey(KeyError):
    hint = "check the spelling"


class Shown(AppError):
    def __init__(self, what: str, level: int = 1) -> None:
        super().__init__(what)
        self.level = level

    def __repr__(self) -> str:
        return f"Shown<{self.level}>"

    def __str__(self) -> str:
        return "shown: " + super().__str__()


class Plain(AppError):
    def __init__(self, code: int, note: str = "n/a") -> None:
        self.code = code


def describe(err: Shown) -> str:
    return f"{err.level}:{err}"


current: Optional[str] = None
ticks = 0


def tick() -> None:
    global ticks, current
    ticks += 1
    current = f"tick{ticks}"


def grid(n: int) -> list[int]:
    out: list[int] = []
    for row in range(n):
        for col in range(n):
            if row + col > 0:
                out.append(last)
            last = row * 10 + col
    return out


def guarded(x: int) -> int:
    try:
        if x > 0:
            y = x
    finally:
        z = 1
    return z + y


def loop_else(items: list[int]) -> int:
    for i in items:
        if i > 10:
            break
    else:
        i = -1
    return i


if __name__ == "__main__":
    try:
        raise MissingKey("k")
    except KeyError as e:
        print(e, repr(e), e.args)
    try:
        raise MissingKey("k")
    except MissingKey as e:
        print(e.hint, str(e))
    try:
        raise Shown("disk", level=3)
    except AppError as e:
        print(e, repr(e), isinstance(e, Shown), isinstance(e, ValueError))
    s = Shown("net")
    print(describe(s), [s], repr(s))
    try:
        raise Plain(7)
    except AppError as e:
        print(e, repr(e), e.args)
    try:
        raise Plain(8, note="x")
    except Plain as e:
        print(e, repr(e), e.args, e.code)
    tick()
    tick()
    print(ticks, current)
    print(grid(2))
    print(guarded(5), loop_else([1, 20]), loop_else([]))
    try:
        guarded(0)
    except UnboundLocalError as e:
        print(e)
    try:
        loop_else([])
    except NameError as e:
        print("unexpected", e)
    raise Shown("final")
