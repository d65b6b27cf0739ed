"""A parenthesised `or` under `and` loses its parentheses: `(a or b) and c` runs as `a or (b and c)`."""


def f() -> bool:
    return False


def main() -> None:
    print((True or True) and f())
    a: bool = True
    print((a or a) and f())
    print((True or a) and False)


if __name__ == "__main__":
    main()
