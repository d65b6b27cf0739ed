from typing import Iterator


def show(x: int) -> int:
    print("computing", x)
    return x * x


def total(items: Iterator[int]) -> int:
    acc = 0
    for v in items:
        print("adding", v)
        acc += v
    return acc


def main() -> None:
    xs = [1, 2, 3, 4]
    squares = (show(x) for x in xs)
    print("made the generator")
    print(next(squares))
    print("took one")
    for s in squares:
        print("loop got", s)
    print(next(squares, -1))
    for y in (show(x) for x in xs if x % 2 == 0):
        print("even square", y)
    for a, b in zip((show(x) for x in xs), ["a", "b"]):
        print(a, b)
    for i, v in enumerate(show(x) for x in [5, 6]):
        print(i, v)
    print(next((x for x in xs if x > 2), 0), next((x for x in xs if x > 9), 0))
    live = (x * 10 for x in xs)
    xs.append(5)
    print(list(live))
    print(total(show(x) for x in range(3)))
    print([p + 1 for p in (show(x) for x in [7, 8])])
    limit = 3
    words = ["a", "bb", "ccc", "dddd"]
    short = (w.upper() for w in words if len(w) < limit)
    print(list(short), words)


main()
