from collections.abc import Sized


class Bag:
    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n


def describe(x: Sized) -> str:
    return "size " + str(len(x))


print(describe(Bag(3)))
print(describe([1, 2]))
print(describe("abcd"))
