"""Ints past 64 bits next to floats: true division rounds once, comparisons are exact, float() and int() convert as CPython."""


def main() -> None:
    x = 2 ** 100
    print(x / 3, x / 2 ** 99, (x + 1) / x, 10 ** 30 / 7, -(10 ** 30) / 7, x / -3)
    print((2 ** 53 + 1) / 1, (2 ** 64 + 1) / 2, 3 ** 60 / 3 ** 58)
    print(float(x), float(-x - 1), float(2 ** 63), float(2 ** 64 - 1))
    print(x * 0.5, x + 0.25, 0.5 - x, x * 1.0 / 3.0)
    print(x == 2.0 ** 100, x + 1 == 2.0 ** 100, x < 2.0 ** 100, x + 1 > 2.0 ** 100)
    print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1.0, 1.5 < x, 1e300 > x, 1e30 < 10 ** 30 + 1)
    print(int(1e20), int(-1e25), int(2.5e30), int(float(x)) == x, int(1.5e19) - 2 ** 63)
    print(int("123456789012345678901234567890"), int("-99999999999999999999"), int(" 1_000_000_000_000_000_000_000 "))
    print(int("ffffffffffffffffffffffff", 16), int("777777777777777777777777", 8), int("1" * 70, 2))
    nan = float("nan")
    inf = float("inf")
    print(x < inf, x > -inf, x == nan, x != nan, x < nan, x >= nan)
    try:
        print(float(10 ** 400))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        print(10 ** 400 / 3)
    except OverflowError as e:
        print("OverflowError:", e)
    print(10 ** 400 // 10 ** 390, (10 ** 400) / (10 ** 399))
    try:
        print(int("12a45678901234567890123"))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(x / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(abs(-x), abs(-x) / 4, round(x), round(2.5e20))


if __name__ == "__main__":
    main()
