from functools import total_ordering


@total_ordering
class Size:
    def __init__(self, n: int) -> None:
        self.n = n

    def __le__(self, other: "Size") -> bool:
        return self.n <= other.n


print(Size(1) < Size(2))
