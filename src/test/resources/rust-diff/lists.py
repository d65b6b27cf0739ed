"""Lists: methods, slicing with steps, comprehensions, builtins."""


def squares(n: int) -> list[int]:
    return [i * i for i in range(n)]


if __name__ == "__main__":
    xs = [5, 3, 8, 1, 9, 2]
    xs.append(7)
    xs.insert(0, 4)
    xs.extend([6, 0])
    print(xs, len(xs), xs[0], xs[-1], xs[2:5], xs[::3], xs[::-2], xs[-3:])
    print(xs.pop(), xs.pop(0), xs, xs.index(8), xs.count(3), 9 in xs, 42 in xs)
    xs.remove(8)
    xs.sort()
    print(xs)
    xs.sort(reverse=True)
    print(xs)
    xs.reverse()
    print(xs, sorted(xs, reverse=True), list(reversed(xs)), xs.copy() == xs)
    words = ["banana", "Apple", "cherry", "date", "fig"]
    print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
    print(sorted(words, key=lambda w: (len(w), w), reverse=True), min(words, key=len), max(words, key=len))
    grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    print(grid, [row[1] for row in grid], [x for row in grid for x in row if x % 2 == 0])
    print([(i, w) for i, w in enumerate(words, 1) if i % 2 == 1], list(zip(words, squares(5))))
    print(any(x > 8 for x in xs), all(x >= 0 for x in xs), any([False, False]), all([True]))
    alias = xs
    alias.append(100)
    print(xs[-1], alias is xs, [0] * 3, [1, 2] + [3], [[0] * 2 for _ in range(2)])
    matrix = [[0] * 3 for _ in range(2)]
    matrix[1][2] = 5
    print(matrix, sum(squares(4)), max(squares(5)), [s for s in squares(6) if s > 10])
    empty: list[str] = []
    print(empty, len(empty), not empty, bool(xs))
    nested = [["a"], ["b", "c"]]
    nested[0].append("z")
    print(nested, [len(n) for n in nested])
    xs.clear()
    print(xs, alias)
