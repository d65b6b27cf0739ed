from typing import TypeVar

S = TypeVar("S", str, list[int])


def concat(a: S, b: S) -> S:
    return a + b


def doubled(x: S) -> S:
    return concat(x, x)


print(concat("ab", "cd"))
print(concat([1], [2, 3]))
print(doubled("xy"), doubled([0]))
