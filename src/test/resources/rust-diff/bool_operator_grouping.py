"""Python's grouping of and/or/not and of the bitwise operators survives translation:
`(a or b) and c` is not `a or (b and c)` (found by the seeded fuzzer)."""


def f() -> bool:
    print("f runs")
    return False


def g(n: int) -> bool:
    return n > 1


def main() -> None:
    a: bool = True
    b: bool = False
    print((True or True) and f())
    print((a or a) and f())
    print((True or a) and False)
    print(a or (b and f()))
    print((a or b) and (b or a) and not (a and b))
    print(not (a or b), (a or b) == b, (a and b) or (not a and not b))
    x = 6
    y = 3
    print((x | y) & 4, x | (y & 4), (x ^ y) | 1, x ^ (y | 1), (x & y) ^ 7)
    print((g(x) or g(y)) and g(0), g(x) or (g(y) and g(0)))


if __name__ == "__main__":
    main()
