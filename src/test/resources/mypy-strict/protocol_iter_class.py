from collections.abc import Iterator


class Countdown:
    def __init__(self, start: int) -> None:
        self.start = start

    def __iter__(self) -> Iterator[int]:
        n = self.start
        while n > 0:
            yield n
            n -= 1


for i in Countdown(3):
    print(i)
print(list(Countdown(4)))
