# int / int divides the exact values and rounds once (CPython's long_true_divide), and an
# int compared with a float is compared exactly (float_richcompare), also above 2**53.


def divide(a: int, b: int) -> None:
    print(a, "/", b, "=", a / b, -a / b, a / -b)


def compare(i: int, f: float) -> None:
    print(i, f, i == f, i != f, i < f, i <= f, i > f, i >= f)
    print(f, i, f == i, f != i, f < i, f <= i, f > i, f >= i)


def main() -> None:
    big: int = 2**53 + 1
    print(big / 3)
    divide(big, 3)
    divide(2**53 + 3, 2)
    divide(2**62 + 1, 2**62 - 1)
    divide(9223372036854775807, 3)
    divide(9223372036854775807, 9223372036854775806)
    divide(-9223372036854775807, 7)
    divide(1, 9223372036854775807)
    divide(12345678901234567, 10)
    divide(7, 2)
    divide(1, 3)
    divide(0, 5)
    print(0 / -5)
    divide(2**60 + 2**7, 2**7 * 3)
    divide(3 * 2**60 + 1, 3)
    divide(2**54 + 2, 4)
    divide(2**54 + 6, 4)
    total: float = 0.0
    for k in range(1, 40):
        total += (2**53 + k) / k
    print(total)
    try:
        print(big / 0)
    except ZeroDivisionError as e:
        print("error:", e)
    compare(big, float(big))
    compare(big, 9007199254740992.0)
    compare(big - 2, 9007199254740992.0)
    compare(9223372036854775807, 9.223372036854775807e18)
    compare(-9223372036854775807 - 1, -9.223372036854775808e18)
    compare(3, 3.5)
    compare(-3, -3.5)
    compare(-4, -3.5)
    compare(0, -0.0)
    compare(5, 5.0)
    compare(2**60, 1e300)
    compare(2**60, float("inf"))
    compare(-(2**60), float("-inf"))
    compare(7, float("nan"))
    x: float = 2.5
    print(x > 2, x < 3, x == 2, 3 >= x)


if __name__ == "__main__":
    main()
