"""functools.cache and lru_cache on module functions: results, recursion, eviction order, cache_info()."""
import functools
from functools import cache, lru_cache


@cache
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


calls: list[str] = []


@lru_cache(maxsize=2)
def shout(word: str) -> str:
    calls.append(word)
    return word.upper() + "!"


@lru_cache
def pair_sum(p: tuple[int, int], flag: bool) -> int:
    print("computing", p, flag)
    return p[0] + p[1] if flag else p[0] - p[1]


@functools.lru_cache(maxsize=None)
def count_paths(rows: int, cols: int) -> int:
    if rows == 1 or cols == 1:
        return 1
    return count_paths(rows - 1, cols) + count_paths(rows, cols - 1)


@functools.cache
def checked(n: int) -> int:
    print("checking", n)
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2


@lru_cache(0)
def never_kept(n: int) -> int:
    print("run", n)
    return n


@lru_cache(maxsize=-5)
def negative_size(n: int) -> int:
    return n + 1


def main() -> None:
    print(fib(90))
    print(fib.cache_info())
    print(fib(10), fib.cache_info().hits, fib.cache_info().misses, fib.cache_info().currsize)
    for w in ["a", "b", "a", "c", "b", "a", "a"]:
        print(shout(w), end=" ")
    print()
    print(calls, shout.cache_info())
    print(pair_sum((3, 4), True), pair_sum((3, 4), False), pair_sum((3, 4), True))
    print(pair_sum.cache_info())
    print(count_paths(12, 12), count_paths.cache_info())
    print(checked(4), checked(4))
    for bad in [-1, -1]:
        try:
            checked(bad)
        except ValueError as e:
            print("ValueError:", e)
    print(checked.cache_info())
    print(never_kept(1), never_kept(1), never_kept.cache_info())
    print(negative_size(1), negative_size(1), negative_size.cache_info())
    fib.cache_clear()
    print(fib.cache_info(), fib.cache_info().maxsize, shout.cache_info().maxsize)
    print(fib(20), fib.cache_info())
    f = fib
    print(f(30), fib.cache_info())
    info = shout.cache_info()
    print(info.hits + info.misses, str(info) == repr(info))


if __name__ == "__main__":
    main()
