import functools


def compare(a: int, b: int) -> int:
    return b - a


order = functools.cmp_to_key(compare)
