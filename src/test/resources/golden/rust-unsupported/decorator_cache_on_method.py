from functools import lru_cache


class C:
    @lru_cache(maxsize=None)
    def f(self, n: int) -> int:
        return n
