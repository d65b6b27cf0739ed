# Arithmetic where a float slot holds an int follows CPython: int op int stays an int, a float
# operand makes a float, / is always a float, // and % take the divisor's sign, ** with a
# negative int exponent is a float, and int/float comparisons are exact.


def num(v: float) -> float:
    return v


def main() -> None:
    a: float = 7
    b: float = -2
    c: float = 2.5
    print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, b ** 3)
    print(a + c, a - c, a * c, a / c, a // c, a % c, c ** 2, a ** 0.5)
    print(-a // 2, -a % 2, a // -2.0, a % -2.0, -7.5 // 2, -7.5 % 2)
    print(a + 1, 1 + a, a * 2, 2 * a, a + True, a - 1.0)
    print(-a, +a, -c, abs(b), abs(c), abs(num(-0.0)))
    print(a == 7, a == 7.0, b < 0, c > a, a >= 7.0, a != 7.5, num(1) == num(1.0))
    big: float = 9007199254740993
    print(big, big == 9007199254740992.0, big > 9007199254740992.0, big + 1, big * 1.0)
    print(round(a), round(c), round(num(3.5)), round(num(-2.5)), round(a, 1), round(c, 1), round(num(1234), -2))
    print(int(a), int(c), int(num(-2.7)), float(a), float(c))
    print(a < c, min(a, c), max(a, c), max(num(1), num(1.0)), min(num(1.0), num(1)))
    print(isinstance(a, int), isinstance(a, float), isinstance(c, float), isinstance(c, int))
    print(bool(num(0)), bool(num(0.0)), bool(a), not num(0))
    print(divmod(7, 2), 7 / 2, 2 ** 10, 10 ** -2, 2 ** -1)
    n: int = -1
    m: int = 3
    print(2 ** n, 2 ** m, (-2) ** m, 4 ** (n - 1))
    s: set[float] = {1, 1.0, 2.5, 2}
    print(len(s), 1 in s, 2.0 in s, 3 in s)
    z: float = 0
    try:
        print(a / z)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(a // z)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(a % z)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(c // z)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    acc: float = 0
    for i in range(5):
        acc = acc * 2 + i
    print(acc)
    acc /= 4
    print(acc)
    acc = 1
    acc *= 3
    acc -= 0.5
    print(acc)


if __name__ == "__main__":
    main()
