from functools import cache


@cache
def scaled(n: int, by: int = 2) -> int:
    return n * by


print(scaled(1), scaled(1, 2))
