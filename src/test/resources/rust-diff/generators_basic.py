from typing import Iterator, Generator, Iterable


def fibonacci(limit: int) -> Iterator[int]:
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def primes() -> Generator[int, None, None]:
    found: list[int] = []
    n = 2
    while True:
        if all(n % p != 0 for p in found):
            found.append(n)
            yield n
        n += 1


def countdown(n: int) -> Iterable[int]:
    while n > 0:
        yield n
        n -= 1
    return


def pairs(words: list[str]) -> Iterator[tuple[int, str]]:
    for i, w in enumerate(words):
        if len(w) > 2:
            yield i, w.upper()


def chained(n: int) -> Iterator[int]:
    yield from countdown(n)
    yield from [100, 200]
    yield -1


def main() -> None:
    for f in fibonacci(100):
        print(f, end=" ")
    print()
    print(list(fibonacci(10)))
    print(sum(fibonacci(1000)), max(fibonacci(50)), min(countdown(4)))
    print(sorted(countdown(5)))
    for p in primes():
        if p > 30:
            break
        print("prime", p)
    else:
        print("never")
    for c in countdown(3):
        print("c", c)
    else:
        print("done counting")
    print([x * x for x in countdown(4) if x % 2 == 0])
    print(any(x > 3 for x in fibonacci(10)), all(x < 3 for x in fibonacci(10)))
    for i, (pos, w) in enumerate(pairs(["a", "tree", "of", "life"])):
        print(i, pos, w)
    for a, b in zip(countdown(10), ["x", "y", "z"]):
        print(a, b)
    print(list(chained(2)))
    g = primes()
    print(next(g), next(g), next(g))
    h = g
    print(next(h), next(g))
    empty = countdown(0)
    print(next(empty, -5))
    d = {w: n for n, w in pairs(["one", "to", "three"])}
    print(d)
    print(", ".join(w for _, w in pairs(["abc", "de", "fgh"])))


main()
