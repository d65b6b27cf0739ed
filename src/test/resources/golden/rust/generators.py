from typing import Iterator


def countdown(n: int) -> Iterator[int]:
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown closed")


def evens_then_done(limit: int) -> Iterator[int]:
    yield from (x for x in range(limit) if x % 2 == 0)
    yield -1


def main() -> None:
    for n in countdown(5):
        if n == 3:
            break
        print(n)
    g = evens_then_done(5)
    print(next(g), next(g, 0))
    squares = (x * x for x in [1, 2, 3])
    print(sum(squares))
    print([e for e in evens_then_done(3)])


if __name__ == "__main__":
    main()
