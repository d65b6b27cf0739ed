from functools import lru_cache


@lru_cache(maxsize=4)
def square(n: int) -> int:
    return n * n


print(square(3), square(n=3), square.cache_info())
