"""Sets print, iterate and pop in CPython's order: ints, negatives, large ints, floats, bools,
tuples and strs (str hashes as under PYTHONHASHSEED=0)."""


def show(label: str, s: set[int]) -> None:
    print(label, s, len(s), list(s), sorted(s), f"{s}")
    if len(s) > 0:
        print(min(s), max(s), sum([x % 1000 for x in s]))


if __name__ == "__main__":
    show("small", {5, 3, 1, 4, 2})
    show("collide", {8, 16, 24, 0, 32, 1, 9})
    show("negative", {-1, -2, -3, 7, -8, 0})
    show("large", {2**40, 2**61 - 1, 2**61, -(2**62), 123456789123, 9223372036854775807})
    show("empty", set())
    floats = {0.5, 1.0, -2.25, 3.141592653589793, 1e300, -0.0, 7.0, 1e-300}
    print(floats, min(floats), max(floats), sum(floats, 0.0))
    flags = {True, False}
    print(flags, {False}, {True})
    points = {(1, 2), (2, 1), (0, 0), (-1, 5), (3, 3)}
    print(points, [p for p in points if p[0] > 0])
    mixed = {(1, "a", 2.5), (2, "b", -1.0), (0, "", 0.0)}
    print(mixed)
    words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
    print(words, len(words), "fig" in words, sorted(words))
    print({"é", "ü€", "日本語", "x", "😀"})
    nested = [{1, 2, 3}, set(), {9}]
    print(nested, {"k": {4, 5}}, ({7, 8}, 1))
    print(str({10, 20}), repr({30, 40}), f"{ {50, 60} }")
    squares = {n * n for n in range(-5, 6)}
    print(squares, {x % 7 for x in squares}, {x for x in squares if x > 10})
    print(set([5, 4, 3, 3, 2]), set((9, 8)), set("mississippi"), set(range(20, 0, -3)))
    counts = {"one": 1, "two": 2, "three": 3}
    print(set(counts), set(counts.keys()), set(counts.values()))
    for n in {100, 200, 3, 64, 65}:
        print(n, end=" ")
    print()
    total = 0
    for p in points:
        total += p[0] * p[1]
    print(total)
