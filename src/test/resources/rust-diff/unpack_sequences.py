"""Unpacking a list, a str, a str.split() result, dict keys and a range into names, with starred
targets; a count that does not fit raises CPython's ValueError, caught and then uncaught."""


def parse(line: str) -> tuple[str, int]:
    name, qty = line.split(",")
    return name, int(qty)


def head_tail(xs: list[int]) -> tuple[int, list[int]]:
    first, *rest = xs
    return first, rest


def main() -> None:
    print(parse("apple,3"))
    a, b, c = [1, 2, 3]
    print(a, b, c)
    p, q = "xy"
    print(p, q)
    print(head_tail([4, 5, 6]), head_tail([7]))
    *init, last = "hello"
    print(init, last)
    x, *mid, y = [1, 2]
    print(x, mid, y)
    k1, k2 = {"a": 1, "b": 2}
    print(k1, k2)
    r1, r2, r3 = range(3)
    print(r1 + r2 + r3)
    grid = [[0, 0], [0, 0]]
    grid[0][1], grid[1][0] = [int(s) for s in "3,4".split(",")]
    print(grid)
    for line in ["a,1", "b,2,3", "c"]:
        try:
            n, v = line.split(",")
            print(n, v)
        except ValueError as e:
            print("error:", e)
    try:
        h, *body, t = [1]
        print(h, body, t)
    except ValueError as e:
        print(e)
    year, month, day, hour = "2024-01-02".split("-")
    print("never printed", year, month, day, hour)


if __name__ == "__main__":
    main()
