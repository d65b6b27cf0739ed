import functools


def tag(cls):
    cls.tagged = True
    return cls


@tag
class A:
    @functools.lru_cache(maxsize=None)
    def f(self, n: int) -> int:
        return n

    @staticmethod
    def g() -> int:
        return 2


print(A.tagged, A().f(1), A.g())
