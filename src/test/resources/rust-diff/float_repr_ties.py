"""Floats whose shortest repr has two candidates equally near the exact value: CPython prints the
even one (917719027538831.25 is 917719027538831.2, not .3)."""


def show(xs: list[float]) -> None:
    for x in xs:
        print(repr(x), x, -x)


if __name__ == "__main__":
    show([917719027538831.25, 176687740570967.125, 0.5, 2.5e-05, 1e23, 5e-324, 0.3, 1.0 / 3.0])
    show([123456789012345678.0, 4503599627370497.5, 2251799813685248.25, 1125899906842624.125, 1.5, 2.5])
    x = 0.125
    for i in range(60):
        print(repr(x + 2.0 ** 52 * 0.25 * i))
    # Powers of two: the gap below is half the gap above, so only one candidate reads back.
    y = 1.0
    for i in range(80):
        y = y * 0.5
        print(repr(y), repr(y * 3.0))
