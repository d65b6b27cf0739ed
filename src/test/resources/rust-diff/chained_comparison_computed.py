"""Chained comparisons with computed operands: each operand runs once, left to right, and nothing
after the first false link runs (a < f(x) < b)."""


def f(x: int) -> int:
    print("f", x)
    return x * 2


def g(s: str) -> str:
    print("g", s)
    return s + "!"


def lo() -> int:
    print("lo")
    return 0


def in_range(n: int, xs: list[int]) -> bool:
    return 0 <= n - 1 < len(xs) + 3 <= 10


def main() -> None:
    a = 1
    b = 10
    print(a < f(2) < b)
    print(a > f(3) < b)
    print(0 < f(1) < f(2) < f(3) < 100)
    print(0 < f(1) > f(2) < f(3))
    print(a < b < f(5) < 100, a < 0 < f(6))
    print(lo() < f(7) <= 14 == f(7))
    print("a" < g("b") < "c", "a" < g("b") < "b!!")
    xs = [1, 2, 3]
    print(0 < len(xs) < 5, 1 <= xs[f(0)] <= 1)
    print(in_range(5, xs), in_range(0, xs), in_range(9, xs))
    if lo() <= f(4) < 10:
        print("in range")
    count = 0
    while 0 <= f(count) < 4:
        count += 1
    print(count)


if __name__ == "__main__":
    main()
