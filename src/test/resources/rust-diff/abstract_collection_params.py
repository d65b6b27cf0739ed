"""Parameters annotated with abstract collections take the concrete values Python passes there."""
from collections.abc import Collection, Container, Iterable, Iterator, Sequence
from typing import Reversible


def total(xs: Iterable[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def noisy(n: int) -> Iterator[int]:
    for i in range(n):
        print("  yield", i)
        yield i


def walk(xs: Iterable[int]) -> None:
    print("walk starts")
    for x in xs:
        print("  got", x)
    print("walk ends")


def joined(words: Iterable[str]) -> str:
    return "-".join(w.upper() for w in words)


def describe(xs: Collection[int]) -> str:
    return f"{len(xs)} items, has 3: {3 in xs}, sum {sum(xs)}, sorted {sorted(xs)}"


def twice(xs: Iterable[int]) -> list[int]:
    # Iterated twice: a list is kept a list here, and a tuple or set is copied into one.
    out = [x for x in xs]
    out.extend(x * 10 for x in xs)
    return out


def has(c: Container[str], key: str) -> bool:
    return key in c


def backwards(s: Sequence[str]) -> list[str]:
    return list(reversed(s))


def last_first(s: Reversible[int]) -> list[int]:
    return [x for x in reversed(s)]


def first_half(s: Sequence[int]) -> int:
    if not s:
        return -1
    return len(s) // 2


def evens(limit: int) -> Iterator[int]:
    for i in range(limit):
        if i % 2 == 0:
            yield i


def consume_some(xs: Iterable[int]) -> int:
    for x in xs:
        if x > 2:
            return x
    return -1


print(total([1, 2, 3]), total((4, 5)), total({6, 7}), total(range(5)), total(x * x for x in range(4)))
print(total(evens(9)), total({1: "a", 2: "b"}))
walk(noisy(3))
walk([10, 20])
print(joined(["a", "b"]), joined(("c", "d")), joined("xyz"), joined(w for w in ["p", "q"]))
print(describe([1, 2, 3]))
print(describe({4, 5, 3}))
print(describe((3, 3, 1)))
print(describe(range(2, 6)))
print(describe({9: "nine", 3: "three"}))
nums = {30, 1, 2}
print(twice(nums), twice((1, 2)), twice([5]))
print(has({"k": 1}, "k"), has(["a"], "b"), has("abc", "b"), has({"x", "y"}, "y"))
print(backwards(["a", "b", "c"]), backwards(("x", "y")), backwards("hey"))
print(last_first(range(4)), last_first((7, 8)))
print(first_half([]), first_half((1, 2, 3)), first_half(range(10)))
g = evens(10)
print(consume_some(g), next(g), list(g))
lst = [1, 2, 3, 4]
print(consume_some(lst), lst)
