def total(xs: list[float]) -> float:
    return sum(xs, 0.0)


if __name__ == "__main__":
    empty: list[float] = []
    print(total(empty), total([0.1, 0.2, 0.3]), sum([-0.0], 0.0), sum([1.5, 2.5], start=10.0))
    ints: list[int] = []
    print(sum(ints), sum(ints, 5), sum([1, 2, 3], 10), sum(range(4), start=-6))
    print(round(sum((x * x for x in [0.5, 1.5]), 0.0), 2))
