# int() and float() of a str as CPython parses them: any Unicode decimal digits, str.isspace()
# whitespace around, underscores only between digits, and CPython's messages (int()'s holds at
# most 200 characters of the repr, float()'s the whole repr).


def parse_int(s: str) -> None:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)


def parse_float(s: str) -> None:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)


def main() -> None:
    cases: list[str] = [
        "١٢", "１２", "-٣", "۴۵", "߁߂", "𝟙𝟚", "\u3000 42 \x1c", "+7", "-0", "007", "1_000", "1_0_0",
        "_1", "1_", "1__0", "+_1", "", " ", "+", "1.5", "1e3", "½", "²", "12a", "0x10", "١_٢",
        "\u200b1", "inf", "nan", "infinity", "-Infinity", "1_000.5", "1_000.000_1", "1_.5", "1._5",
        "1e1_0", "1_e5", ".5", "5.", ".", "e5", "1e", "1e+05", " -1.5E-3 ", "١٫٥", "١.٥", "+nan",
        "in_f", "\x1c5", "5\x0b", "9" * 18,
    ]
    for s in cases:
        parse_int(s)
        parse_float(s)
    print(float("9" * 30))
    long: str = "x" * 300
    try:
        print(int(long))
    except ValueError as e:
        print(len(str(e)), str(e)[-10:])
    try:
        print(float(long))
    except ValueError as e:
        print(len(str(e)))
    quoted: str = "'" * 250
    try:
        print(int(quoted))
    except ValueError as e:
        print(len(str(e)), str(e)[-5:])


if __name__ == "__main__":
    main()
