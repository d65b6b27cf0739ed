import functools


@functools.lru_cache(maxsize=8, typed=True)
def ident(n: int) -> int:
    return n
