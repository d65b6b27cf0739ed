# Keyword arguments are evaluated in the order the call writes them, not the order of the
# parameters they fill.


def t(k: int) -> int:
    print("t", k)
    return k


def g(a: int, b: int = 0) -> int:
    return a - b


def h(x: int, *, c: int, d: int = 1) -> int:
    return x * 100 + c * 10 + d


class P:
    def __init__(self, first: int, second: int) -> None:
        self.v: int = first - second

    def m(self, p: int, q: int) -> int:
        return p * q + self.v


def main() -> None:
    print(g(b=t(1), a=t(2)))
    print(g(t(3), b=t(4)))
    print(h(t(5), d=t(6), c=t(7)))
    o = P(second=t(8), first=t(9))
    print(o.v, o.m(q=t(2), p=3))


if __name__ == "__main__":
    main()
