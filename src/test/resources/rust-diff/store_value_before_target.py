# In `target[index] = value` and `obj.attr = value`, Python evaluates the value first,
# then the target's object and index.


def t(k: int) -> int:
    print("t", k)
    return k


def key(s: str) -> str:
    print("key", s)
    return s


class Cell:
    def __init__(self) -> None:
        self.v: int = 0


def cell(c: Cell) -> Cell:
    print("cell")
    return c


def main() -> None:
    xs: list[int] = [0, 0]
    xs[t(1)] = t(7)
    print(xs)
    d: dict[str, int] = {}
    d[key("a")] = t(3)
    print(d)
    c = Cell()
    cell(c).v = t(9)
    print(c.v)
    grid: list[list[int]] = [[0, 0], [0, 0]]
    grid[t(0)][t(1)] = t(5)
    print(grid)
    xs[0] = t(8)
    print(xs)


if __name__ == "__main__":
    main()
