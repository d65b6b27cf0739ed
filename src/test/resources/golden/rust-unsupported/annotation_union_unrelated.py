def show(x: int | str) -> str:
    return str(x)


if __name__ == "__main__":
    print(show(1))
