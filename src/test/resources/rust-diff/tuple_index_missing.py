def find(t: tuple[int, int, int], x: int) -> int:
    return t.index(x)


def main() -> None:
    print(find((4, 5, 6), 6))
    print(find((4, 5, 6), 7))


if __name__ == "__main__":
    main()
