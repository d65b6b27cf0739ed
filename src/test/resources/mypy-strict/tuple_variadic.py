def mean(xs: tuple[float, ...]) -> float:
    return sum(xs) / len(xs)


def minmax(xs: list[int]) -> tuple[int, int]:
    return min(xs), max(xs)


print(mean((1.0, 2.0, 4.5)))
lo, hi = minmax([3, 9, 1])
print(lo, hi)
