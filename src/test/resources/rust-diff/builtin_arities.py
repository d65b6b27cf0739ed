# Valid builtin calls that were refused with false arity errors: int(s, base), three-argument
# pow, one-argument zip, bool(); and `_` bound by two loops in one function.


def parse(s: str, base: int) -> str:
    try:
        return str(int(s, base))
    except ValueError as e:
        return "ValueError: " + str(e)


def modpow(a: int, b: int, m: int) -> str:
    try:
        return str(pow(a, b, m))
    except ValueError as e:
        return "ValueError: " + str(e)


def main() -> None:
    for s, base in [("ff", 16), ("0xff", 16), ("0XfF", 0), ("0x_f", 16), ("  -101 ", 2), ("0b101", 0),
                    ("0o17", 8), ("17", 8), ("z", 36), ("Zz", 36), ("1_000", 10), ("010", 0), ("0_0", 0),
                    ("00", 0), ("12", 2), ("", 10), ("0x", 16), ("1__0", 10), ("_1", 10), ("1_", 10),
                    ("+7", 10), ("9", 9), ("7fffffffffffffff", 16), ("-8000000000000000", 16), ("ff", 37),
                    ("ff", 1), ("0b1", 16), ("0o7", 0)]:
        print(repr(s), base, parse(s, base))
    for a, b, m in [(3, 4, 5), (2, 10, 1000), (-3, 3, 7), (3, 3, -7), (5, 0, 1), (5, 0, -1), (2, -1, 5),
                    (3, -2, 7), (2, -1, 4), (7, 3, 0), (-2, -3, -11), (9223372036854775807, 9223372036854775807, 9223372036854775783),
                    (0, -1, 1)]:
        print(a, b, m, modpow(a, b, m))
    print(list(zip([1, 2])), list(zip("ab")), [t for t in zip([3.5])])
    for (x,) in zip(["p", "q"]):
        print(x)
    print(bool(), bool(3), int(), float())
    n: int = 2
    for _ in range(n):
        print("a")
    for _ in range(n):
        print("b", _)
    total: int = 0
    for _, v in [(1, 2), (3, 4)]:
        total += v
    print(total)


if __name__ == "__main__":
    main()
