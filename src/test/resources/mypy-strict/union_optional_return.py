from typing import Optional


def index_of(xs: list[int], target: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


r = index_of([5, 6, 7], 7)
print(r)
print(index_of([5, 6, 7], 1))
if r is not None:
    print(r * 10)
