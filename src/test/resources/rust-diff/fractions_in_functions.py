from fractions import Fraction


def half(n: int) -> Fraction:
    return Fraction(n, 2)


def main() -> None:
    f = half(3)
    print(f, f.numerator + 1, f < 2, f * f)
    print(max(Fraction(1, 3), Fraction(1, 2)))


main()
