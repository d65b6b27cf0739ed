from typing import Optional


def count(xs: Optional[list[int]] = None) -> int:
    if xs is None:
        xs = []
    xs.append(0)
    return len(xs)


print(count())
print(count([1, 2, 3]))
