"""`break` (or `continue`) in the `else:` of an inner `for` leaves the outer loop."""


def main() -> None:
    for i in [1, 2, 3]:
        for j in [10, 20]:
            print(i, j)
        else:
            print("inner done", i)
            break
    print("after")


if __name__ == "__main__":
    main()
