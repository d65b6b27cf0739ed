from collections.abc import Iterable


def total(xs: Iterable[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


print(total([1, 2, 3]))
print(total({4, 5}))
print(total(range(10)))
print(total(x * x for x in range(4)))
