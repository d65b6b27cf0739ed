def same(x: int | str) -> bool:
    return x == 1


if __name__ == "__main__":
    print(same(1))
