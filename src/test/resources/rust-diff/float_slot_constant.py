RATE: float = 2


def show() -> None:
    print(RATE)


show()
