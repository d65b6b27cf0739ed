# sum() starts from the int 0: an empty sum of floats is the int 0, a sum of floats a float,
# and a start decides the first step.


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def main() -> None:
    empty: list[float] = []
    print(sum(empty), sum(empty, 0.0), sum(empty, 5), sum([0.5, 0.25]), sum([1.5, 2.5], 1))
    print(mean([1.0, 2.0]), mean([1, 2]))
    mixed: list[float] = [1, 2, 3]
    print(sum(mixed), sum(mixed, 0.0), sum(mixed, start=10), sum([1, 2.5, 3]))
    print(sum([-0.0]), sum([-0.0], -0.0), sum([0.1, 0.2, 0.3]))
    print(min(mixed), max(mixed), sorted([2.5, 1, -3, 0.5]), max([1, 1.0]), min([1.0, 1]))
    total: float = sum(empty)
    print(total, f"{sum(mixed)}/{sum(empty)}")


if __name__ == "__main__":
    main()
