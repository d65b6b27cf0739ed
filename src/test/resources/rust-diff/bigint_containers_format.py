"""2**100 and friends in lists, dicts, sets and tuples, sorted, summed, and through str/repr/f-strings/format specs."""


def main() -> None:
    x = 2 ** 100
    xs = [x, -x, x + 1, 7, -(2 ** 64), 2 ** 63 - 1, -(2 ** 63), 0]
    print(xs)
    print(sorted(xs), sorted(xs, reverse=True)[:3])
    print(sum(xs), min(xs), max(xs), len(xs))
    print(x in xs, 2 ** 100 + 2 in xs, xs.index(7), xs.count(x))
    d: dict[int, str] = {x: "two to the hundred", 2 ** 64: "two to the sixty-four", 5: "five"}
    d[3 ** 50] = "three to the fifty"
    print(d)
    print(d[2 ** 100], d.get(2 ** 64, "?"), d.get(2 ** 65, "missing"), 5 in d)
    for k in sorted(d):
        print(k, d[k])
    counts: dict[str, int] = {}
    for word in ["a", "b", "a"]:
        counts[word] = counts.get(word, 0) + 2 ** 70
    print(counts)
    s = {x, 1, 2, 3, 2 ** 64, 2 ** 61 - 1, 2 ** 61, -(2 ** 80)}
    print(s, len(s), x in s)
    t = (x, "x", -x)
    print(t, t[0] == x, t[2])
    pairs = [(2 ** 70, "b"), (2 ** 70, "a"), (-(2 ** 70), "z")]
    print(sorted(pairs))
    print(str(x), repr(x), f"{x}", f"{x!r}", f"{x!s}")
    print(f"{x:,}|{x:_}|{x:>40}|{x:<40}|{x:^41}|{x:+}|{-x: }")
    print(f"{x:x}|{x:X}|{x:#x}|{x:o}|{x:#o}|{x:b}"[:120])
    print(f"{x:e}|{x:.3e}|{x:f}|{x:g}|{x:%}"[:200])
    print(f"{-x:040,}|{x:_x}|{x:#_b}"[:200])
    print("value: " + str(x) + "!", len(str(-x)))
    grid = [[2 ** (i * 20 + j) for j in range(3)] for i in range(4)]
    print(grid)
    print([v % 1000 for v in grid[3]], [v // 2 ** 60 for row in grid for v in row if v > 2 ** 60])


if __name__ == "__main__":
    main()
