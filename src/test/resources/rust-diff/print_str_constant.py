# A module-level str constant printed directly, alone, among other arguments, with a
# one-letter name and with characters that need escaping.
NAME: str = "hello"
X: str = "a\tb"
BRACES: str = "{x} \"q\" \\"


def main() -> None:
    print(NAME)
    print(NAME, 1)
    print(X)
    print(X, NAME, sep="-")
    print(BRACES)
    print("lit", BRACES, end="!\n")


if __name__ == "__main__":
    main()
