from typing import Iterator


def letters(word: str) -> Iterator[tuple[int, str]]:
    i = 0
    for ch in word:
        yield i, ch
        i += 1


def guarded(n: int) -> Iterator[int]:
    try:
        for i in range(n):
            yield i
    finally:
        print("guarded closed")


def letters_count(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


def leaky(g: Iterator[int]) -> Iterator[int]:
    yield next(g)
    yield next(g)


def first_or_none(g: Iterator[int]) -> int:
    result = -1
    try:
        result = next(g)
    except StopIteration:
        print("was empty")
    return result


print(list(letters("abc")))
for pos, ch in letters("xy"):
    print(pos, ch)
print(first_or_none(letters_count(0)), first_or_none(letters_count(2)))
try:
    for v in guarded(5):
        if v == 1:
            raise ValueError("stop at one")
except ValueError as e:
    print("handler:", e)
try:
    print(list(leaky(guarded(1))))
except RuntimeError as e:
    print("RuntimeError:", e)
it = letters("q")
print(next(it))
print(next(it))
