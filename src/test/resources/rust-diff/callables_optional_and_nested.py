from typing import Callable, Optional


class Counter:
    def __init__(self) -> None:
        self.count = 0
        self.on_change: Optional[Callable[[int], None]] = None

    def bump(self) -> None:
        self.count += 1
        cb = self.on_change
        if cb is not None:
            cb(self.count)


def apply_all(fs: list[Callable[[str], str]], s: str) -> list[str]:
    return [f(s) for f in fs]


def choose(flag: bool) -> Callable[[int, int], int]:
    if flag:
        return lambda a, b: a + b
    return lambda a, b: a * b


def safe_div(a: int, b: int) -> float:
    return a / b


if __name__ == "__main__":
    c = Counter()
    log: list[int] = []
    c.on_change = lambda n: log.append(n * 100)
    c.bump()
    c.bump()
    print(c.count, log)
    print(apply_all([lambda s: s + "!", lambda s: s[::-1]], "abc"))
    print(choose(True)(3, 4), choose(False)(3, 4))
    ops: dict[str, Callable[[int, int], float]] = {"div": safe_div}
    try:
        print(ops["div"](1, 0))
    except ZeroDivisionError as e:
        print("zero:", e)
    nested: Callable[[int], Callable[[int], int]] = lambda a: lambda b: a - b
    print(nested(10)(3))
    fns = [choose(True), choose(False)]
    print([f(2, 5) for f in fns], fns[0] is fns[0], fns[0] == fns[1])
