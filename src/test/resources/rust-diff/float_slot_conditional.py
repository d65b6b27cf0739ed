def main() -> None:
    n: int = 3
    print(1 if n > 2 else 2.5)


main()
