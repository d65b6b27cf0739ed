from typing import Self


class Counter:
    def __init__(self, n: int) -> None:
        self.n = n

    def bumped(self) -> Self:
        self.n += 1
        return self


c = Counter(1).bumped().bumped()
print(c.n)
