class Rejected(Exception):
    def __init__(self, items: list[int]) -> None:
        self.items = items


if __name__ == "__main__":
    raise Rejected([1])
