class Box:
    def __init__(self) -> None:
        self.size = 1


if __name__ == "__main__":
    b = Box()
    setattr(b, "size", 2)
