class Base:
    def __init__(self, n: int) -> None:
        self.n = n

    @classmethod
    def make(cls) -> "Base":
        return cls(1)


class Pair(Base):
    def __init__(self, n: int, m: int) -> None:
        super().__init__(n)
        self.m = m


print(Base.make().n)
