"""Descriptive statistics of measurement series, as floats."""


def mean(values: list[float]) -> float:
    if len(values) == 0:
        raise ValueError("mean of empty data")
    return sum(values, 0.0) / len(values)


def median(values: list[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    middle = n // 2
    if n % 2 == 1:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def variance(values: list[float]) -> float:
    m = mean(values)
    return sum(((v - m) ** 2 for v in values), 0.0) / (len(values) - 1)


def histogram(values: list[float], width: float) -> dict[int, int]:
    buckets: dict[int, int] = {}
    for v in sorted(values):
        bucket = int(v // width)
        buckets[bucket] = buckets.get(bucket, 0) + 1
    return buckets


if __name__ == "__main__":
    temperatures = [21.5, 23.0, 19.8, 25.1, 22.4, 18.9, 24.7, 23.3, 20.0, 22.2]
    print("values:", temperatures)
    print("mean:", mean(temperatures))
    print("median:", median(temperatures))
    print(f"variance: {variance(temperatures):.4f}")
    print(f"stdev: {variance(temperatures) ** 0.5:.3f}")
    print("range:", max(temperatures) - min(temperatures))
    print("rounded:", [round(t) for t in temperatures], round(21.456, 2))
    for bucket, count in histogram(temperatures, 2.5).items():
        low = bucket * 2.5
        print(f"[{low:5.1f}, {low + 2.5:5.1f}) {'*' * count}")
    print(0.1 + 0.2, 1e20, 1 / 3, 2.0 ** 70, -0.0, 7 / 2, 7 // 2, -7 // 2, -7 % 3)
    try:
        print(mean([]))
    except ValueError as error:
        print("error:", error)
