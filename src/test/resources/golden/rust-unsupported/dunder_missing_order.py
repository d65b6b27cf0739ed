class Box:
    def __init__(self, size: int) -> None:
        self.size = size

    def __lt__(self, other: "Box") -> bool:
        return self.size < other.size


if __name__ == "__main__":
    print(Box(1) <= Box(2))
