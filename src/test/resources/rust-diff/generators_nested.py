from typing import Iterator


def show(x: int) -> int:
    print("  show", x)
    return x


def tree(depth: int, label: str) -> Iterator[str]:
    if depth == 0:
        return
    yield from tree(depth - 1, label + "L")
    yield label
    yield from tree(depth - 1, label + "R")


def chunks(xs: list[int], size: int) -> Iterator[list[int]]:
    chunk: list[int] = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(rows: list[list[int]]) -> Iterator[int]:
    for row in rows:
        yield from (show(v) for v in row)


def pipeline(n: int) -> Iterator[tuple[int, int]]:
    doubled = (x * 2 for x in range(n))
    for i, d in enumerate(doubled):
        if d % 3 == 0:
            continue
        yield i, d


def windows(xs: list[int]) -> Iterator[tuple[int, int, int]]:
    for i in range(len(xs) - 2):
        yield xs[i], xs[i + 1], xs[i + 2]


def interleave(a: Iterator[int], b: Iterator[int]) -> Iterator[int]:
    while True:
        x = next(a, -1)
        y = next(b, -1)
        if x < 0 and y < 0:
            return
        if x >= 0:
            yield x
        if y >= 0:
            yield y


def main() -> None:
    print(list(tree(3, "")))
    for c in chunks(list(range(7)), 3):
        print("chunk", c)
    for v in flatten([[1, 2], [3]]):
        print("flat", v)
    print(list(pipeline(8)))
    for a, b, c in windows([1, 2, 3, 4, 5]):
        print(a + b + c, end=" ")
    print()
    print(list(interleave(iter_range(0, 3), iter_range(10, 15))))
    best = max(w[0] * w[2] for w in windows([3, 1, 4, 1, 5, 9]))
    print("best", best)
    seen: dict[str, int] = {}
    for name in tree(2, "n"):
        seen[name] = len(name)
    print(seen)


def iter_range(a: int, b: int) -> Iterator[int]:
    i = a
    while i < b:
        yield i
        i += 1


main()
