def counter() -> int:
    total = 0

    def add(k: int) -> None:
        nonlocal total
        total += k

    add(2)
    add(3)
    return total


if __name__ == "__main__":
    print(counter())
