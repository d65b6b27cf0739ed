def check(text: str) -> str:
    return f"Expected str, found {type(text)}"


def describe(x: float, flag: bool) -> None:
    shown = str(type(x))
    print(shown, f"{type(flag)!r}", f"{type(x)!s}")


def main() -> None:
    print(check("abc"))
    describe(1.5, True)
    print(type("q") == str, type(2.5).__name__)


if __name__ == "__main__":
    main()
