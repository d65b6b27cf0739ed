# int(s, base) and s.split(None, n) read whitespace and digits as CPython does:
# every str.isspace() character (U+001C..U+001F and U+3000 included) and every
# Unicode decimal digit.


def parse(text: str, base: int) -> None:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)


if __name__ == "__main__":
    parse("\u0661\u0662", 16)
    parse("\uff11\uff10", 2)
    parse("\u2003 ff \u3000", 16)
    parse("\x1c12", 10)
    parse(" 0x_1f ", 0)
    parse("0b1_0", 0)
    parse("1__0", 10)
    parse("\u00bd", 10)
    parse("-\u0967\u0966", 8)
    for s in ["a\x1cb c", "a\x1fb\x1ec d", " \u3000x y\u2028z ", "p\x85q r"]:
        print(s.split(None, 1), s.split(None, 0), s.split(None, 2))
