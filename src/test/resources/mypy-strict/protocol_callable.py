from typing import Protocol


class Combiner(Protocol):
    def __call__(self, a: int, b: int) -> int: ...


class Adder:
    def __call__(self, a: int, b: int) -> int:
        return a + b


def fold(xs: list[int], f: Combiner, start: int) -> int:
    acc = start
    for x in xs:
        acc = f(acc, x)
    return acc


print(fold([1, 2, 3], Adder(), 10))
