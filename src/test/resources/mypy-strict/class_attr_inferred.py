class Counter:
    def __init__(self) -> None:
        self.count = 0
        self.history: list[int] = []

    def tick(self, by: int = 1) -> None:
        self.count += by
        self.history.append(self.count)


c = Counter()
c.tick()
c.tick(5)
print(c.count, c.history)
