# Valid programs that were refused: an int compared with a float conditional expression,
# and str.split(None, maxsplit).


def main() -> None:
    n: int = 2
    print(n == (1.5 if n > 0 else 2.5), n < (2.5 if n > 0 else 1.5), n != (2 if n > 0 else 3))
    for s in ["a b  c", "  lead  and trail  ", "", "   ", "one", "x\ty\nz w "]:
        print(s.split(None, 1), s.split(None, 0), s.split(None, 2), s.split(None, -1), s.split(None))


if __name__ == "__main__":
    main()
