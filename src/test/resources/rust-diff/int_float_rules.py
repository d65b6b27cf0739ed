"""int and float arithmetic with Python's rules."""

BIG = 9007199254740993


def show_division(a: int, b: int) -> None:
    print(a, b, a // b, a % b, divmod(a, b), a / b)


if __name__ == "__main__":
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3)]:
        show_division(a, b)
    print(2 ** 10, 2 ** 62, (-3) ** 3, 10 ** 0, 2 ** -1, 2.0 ** 0.5)
    print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, 1 << 40, 1024 >> 3, -1024 >> 3)
    print(1 < 2 <= 2 < 3, 3 > 2 > 1, 1 == 1.0, 2 != 2.0, 0.1 + 0.2 == 0.3)
    print(0.1 + 0.2, 1e16, 1e15, 123456789.0 * 1000, 1.5e-7, 0.0001, 0.00001)
    print(-0.0, 3.0, 1 / 3, 2 / 3, 10 / 2, 1e300 * 1e10, -1e300 * 1e10)
    print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7))
    print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % 2.5)
    print(abs(-5), abs(-2.5), min(3, 1, 2), max(1.5, 0.5), min([4, 2, 8]), max("b", "a", "c"))
    print(int(3.99), int(-3.99), int("42"), int(" -17 "), float("2.5"), float(3), int(True))
    print(BIG, BIG + 1, -BIG, BIG * 2 // 3)
    x = 10
    x += 5
    x -= 3
    x *= 2
    x //= 5
    x **= 3
    x %= 7
    print(x)
    f = 1.0
    f *= 3
    f /= 4
    f -= 0.25
    print(f)
    print(sum([1, 2, 3]), sum([0.5, 0.25], 0.0), sum(i * i for i in range(10)))
