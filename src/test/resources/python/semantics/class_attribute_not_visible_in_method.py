class Counter:
    step = 2

    def next(self, n: int) -> int:
        return n + step


print(Counter().next(1))
