"""fractions.Fraction: construction, normalisation, arithmetic, comparisons, conversions."""
import math
from fractions import Fraction


def show(f: Fraction) -> None:
    print(f, repr(f), f.numerator, f.denominator)


def constructions() -> None:
    show(Fraction())
    show(Fraction(7))
    show(Fraction(6, 4))
    show(Fraction(10, -8))
    show(Fraction(-3, -9))
    show(Fraction(0, -5))
    show(Fraction(Fraction(1, 7), 5))
    show(Fraction(Fraction(1, 7), Fraction(2, 3)))
    show(Fraction(3, Fraction(3, 4)))
    show(Fraction(Fraction(5, 2)))
    for s in ["3/4", "1.25", " -2 ", "+7/21", "-35/4", "3.1415", "-47e-2", "1e3", ".5", "5.", "1_000/3",
              "2.5E+2", "\t 0.000 \n", "12_3.4_5e1_0"]:
        show(Fraction(s))
    show(Fraction(0.1))
    exact = Fraction(3602879701896397, 36028797018963968)
    print(Fraction(0.1) == exact)
    show(Fraction(2.25))
    show(Fraction(-0.0))
    show(Fraction(1e300))
    show(Fraction(5e-324))
    show(Fraction.from_float(0.75))
    show(Fraction(numerator=3, denominator=6))


def errors() -> None:
    for s in ["", "abc", "1/", "/2", "1/-2", "1 /2", "1.5/2", "--1", "1e", "3/0", "1__0", "_1", "1.2.3"]:
        try:
            show(Fraction(s))
        except ValueError as e:
            print("ValueError:", e)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, e.args)
    try:
        Fraction(-7, 0)
    except ZeroDivisionError as e:
        print(e)
    try:
        Fraction(Fraction(3, 2), Fraction(0))
    except ZeroDivisionError as e:
        print(e)
    for x in [math.nan, math.inf, -math.inf]:
        try:
            Fraction(x)
        except ValueError as e:
            print("ValueError:", e)
        except OverflowError as e:
            print("OverflowError:", e)
    for a in [Fraction(5, 3), Fraction(-5, 3), Fraction(0), Fraction(1, 2)]:
        try:
            print(a / 0)
        except ZeroDivisionError as e:
            print("div:", e)
        try:
            print(a // Fraction(0))
        except ZeroDivisionError as e:
            print("floordiv:", e)
        try:
            print(a % 0)
        except ZeroDivisionError as e:
            print("mod:", e)
    try:
        print(Fraction(0) ** -2)
    except ZeroDivisionError as e:
        print("pow:", e)


def arithmetic() -> None:
    a = Fraction(1, 3)
    b = Fraction(-3, 4)
    print(a + b, a - b, a * b, a / b, a // b, a % b, b // a, b % a)
    print(a + 1, 1 + a, a - 2, 2 - a, 3 * a, a * 3, a / 2, 2 / a, 7 // a, 7 % b, a ** 3, b ** -3, b ** 0)
    print(a + 0.5, 0.5 - a, a * 2.0, 1.0 / a, b // 0.5, b % 0.5)
    print(-a, +b, abs(b), abs(a))
    x = Fraction(5, 2)
    x += 1
    x *= Fraction(2, 3)
    x -= Fraction(1, 6)
    x /= 2
    print(x)
    total = Fraction(0)
    for i in range(1, 11):
        total += Fraction(1, i)
    print(total, float(total))


def comparisons() -> None:
    a = Fraction(1, 2)
    print(a == Fraction(2, 4), a != Fraction(1, 3), a < Fraction(2, 3), a >= 1, a < 1, Fraction(4, 2) == 2)
    h = 0.5
    print(a == h, a < 0.75, a > 0.1, a <= h, h == a, h < a)
    print(Fraction(1, 3) == 1 / 3, Fraction(1, 10) < 0.1, Fraction(1, 10) > 0.1)
    print(a < math.inf, a > -math.inf, a == math.nan, a != math.nan, a < math.nan)
    xs = [Fraction(3, 4), Fraction(-1, 2), Fraction(2), Fraction(1, 3)]
    print(sorted(xs), min(xs), max(xs))
    counts: dict[Fraction, int] = {}
    for f in [Fraction(1, 2), Fraction(2, 4), Fraction(3, 6), Fraction(1, 3)]:
        counts[f] = counts.get(f, 0) + 1
    print(counts)
    print(bool(Fraction(0)), bool(Fraction(1, 9)))
    if Fraction(0, 3):
        print("nonzero")
    else:
        print("zero")


def conversions() -> None:
    for f in [Fraction(7, 2), Fraction(-7, 2), Fraction(5, 2), Fraction(-5, 2), Fraction(1, 3), Fraction(-1, 3), Fraction(4)]:
        print(f, int(f), math.floor(f), math.ceil(f), math.trunc(f), round(f), float(f))
    minus = Fraction(-15, 10)
    print(round(Fraction(2653, 1000), 2), round(Fraction(2655, 1000), 2), round(Fraction(12345, 1), -2),
          round(minus, 0))
    pi = Fraction("3.141592653589793")
    for d in [1, 10, 100, 1000, 1000000]:
        print(pi.limit_denominator(d))
    tenth = Fraction(0.1)
    print(tenth.limit_denominator(), Fraction(1, 3).limit_denominator(5))
    try:
        pi.limit_denominator(0)
    except ValueError as e:
        print(e)
    print(Fraction(6, -4).as_integer_ratio())
    print(f"{Fraction(3, 4)} and {Fraction(5, 1)!r}", str(Fraction(9, 3)))


if __name__ == "__main__":
    constructions()
    errors()
    arithmetic()
    comparisons()
    conversions()
    print(Fraction(1, 2) / Fraction(0, 3))
