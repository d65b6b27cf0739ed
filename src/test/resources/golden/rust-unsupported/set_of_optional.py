from typing import Optional


def first(values: set[Optional[int]]) -> int:
    return len(values)
