# float repr is the shortest string that reads back (CPython's dtoa mode 0): of two shortest
# strings equally near the value it takes the even one; round(x, n) rounds the exact value once.


def main() -> None:
    x: float = 940583406.59765625
    print(x)
    print(repr(x), str(x), f"{x}", [x])
    big: int = 2**53 + 1
    print(9007199254740992.0 * 0.1)
    print(-145277407334531.125)
    v: float = 0.5
    for k in range(60):
        print(v, -v, v * 3.0, 1.0 + v)
        v = v / 2.0
    for f in [0.1, 0.2, 0.3, 1e16, 1e17, 1.5e-5, 1e-4, 123456789012345678.0, 5e-324, 1.7976931348623157e308, 2.0**60, 0.1 + 0.2, 1 / 3]:
        print(f, repr(-f))
    print(float(big) / 3.0)
    y: float = 1.3057182715311999e19
    print(round(y, -1))
    for f in [1.3057182715311999e19, 12345678901234567890.0, 2.5e18, 1.5e22, 15.0, 25.0, 25.3, -25.0, -35.0, 5.0, 4.0, 1e300, 123.456, 0.5, 7.0e15 + 1.0]:
        print(f, round(f, -1), round(f, -2), round(f, -5), round(f, -17), round(f, -300), round(f, -400), round(f, 2), round(f, 0))
    print(round(25.5), round(-2.5), round(0.5), round(1.5))
    print(round(-4.0, -5), round(4.0, -5), round(0.0, -1), round(1.7e308, -300), round(2.675, 2), round(0.125, 2), round(0.375, 2))


if __name__ == "__main__":
    main()
