class Key:
    def __init__(self, k: int) -> None:
        self.k = k

    def __hash__(self) -> int:
        return self.k


if __name__ == "__main__":
    print(Key(1).k)
