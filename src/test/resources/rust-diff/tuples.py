"""Tuples, unpacking, swaps, multiple assignment."""


def min_max(values: list[int]) -> tuple[int, int]:
    return min(values), max(values)


def stats(values: list[float]) -> tuple[float, float, int]:
    total = sum(values, 0.0)
    return total, total / len(values), len(values)


if __name__ == "__main__":
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    lo, hi = min_max([4, -2, 9, 7])
    print(lo, hi, min_max([5]))
    t = (1, "two", 3.0)
    print(t, t[0], t[-1], len(t), (5,))
    total, mean, n = stats([1.0, 2.0, 4.0])
    print(total, mean, n)
    x, y = 0, 0.5
    print(x, y)
    points = [(1, 2), (3, 4), (5, 6)]
    for px, py in points:
        print(px + py, end=" ")
    print()
    values = [10, 20, 30]
    values[0], values[2] = values[2], values[0]
    print(values, (1, 2) < (1, 3), (2, "a") > (1, "z"), (1, 2) == (1, 2))
    fib = [0, 1]
    for _ in range(8):
        fib.append(fib[-1] + fib[-2])
    print(fib, (1, 2) if fib[3] == 2 else (0, 0))
    nested = ((1, 2), (3, (4, 5)))
    print(nested, nested[1][1][0])
