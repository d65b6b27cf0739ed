# `_` is an ordinary variable: bound by two loops in one function, twice in one target
# (the last binding wins), and read.


def main() -> None:
    for _ in range(2):
        print("a")
    for _ in range(2):
        print("b", _)
    for first, _, _ in [(1, 2, 3), (4, 5, 6)]:
        print(first, _)
    for (a, a), b in [((1, 2), 3)]:
        print(a, b)
    x, _, _ = (7, 8, 9)
    print(x, _)
    squares = [_ * _ for _ in range(3)]
    print(squares)


if __name__ == "__main__":
    main()
