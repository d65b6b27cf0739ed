from typing import Optional


def find(xs: list[int], v: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


if __name__ == "__main__":
    if (i := find([3, 4, 5], 4)) is not None:
        print(i + 1)
