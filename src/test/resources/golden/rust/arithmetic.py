def mean(values: list[float]) -> float:
    return sum(values, 0.0) / len(values)


if __name__ == "__main__":
    a = 17
    b = -5
    print(a // b, a % b, a / b, a ** 2, -a, a & 3, a << 2)
    print(mean([1.0, 2.5]), 0.1 + 0.2, 2 * 1.5, round(2.5), abs(b))
