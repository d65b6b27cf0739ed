"""Chained assignment: the value is evaluated once and stored into each target from left to right;
'x = y = [...]' binds both names to ONE list."""


class Point:
    def __init__(self) -> None:
        self.x = 0
        self.y = 0


def counted(n: int) -> int:
    print("evaluated once:", n)
    return n


def main() -> None:
    a = b = 0
    a += 1
    print(a, b)
    x = y = [1]
    x.append(2)
    print(x, y, x is y)
    d: dict[str, int] = {}
    n = d["k"] = d["j"] = counted(5)
    print(n, d)
    p = Point()
    m = p.x = p.y = 3
    print(m, p.x, p.y)
    s = t = "hi"
    t += "!"
    print(s, t)
    i = j = 0
    while i < 3:
        i = j = i + 1
    print(i, j)


if __name__ == "__main__":
    main()
    lo = hi = counted(7)
    print(lo, hi)
