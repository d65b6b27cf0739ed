# The int runtime's differential table: random operands across the 64-bit boundary, from a
# seeded LCG computed in Python itself, and every int operation on them. int_table.rs computes
# the same table with the runtime's Int; IntRuntimeTest compares the two outputs line by line.

STATE = [20261207]
SIZES = [1, 2, 7, 31, 32, 33, 53, 54, 62, 63, 64, 65, 66, 96, 127, 128, 129, 200, 300, 700, 1600]
SPECIAL = [0, 1, -1, 2, 2 ** 31 - 1, 2 ** 32, 2 ** 63 - 1, -(2 ** 63), 2 ** 63, -(2 ** 63) - 1,
           2 ** 64 - 1, 2 ** 64, -(2 ** 64), 2 ** 53 + 1, 10 ** 18, 10 ** 19, -(10 ** 19)]


def draw() -> int:
    STATE[0] = (STATE[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return STATE[0] >> 32


def operand() -> int:
    if draw() % 6 == 0:
        return SPECIAL[draw() % len(SPECIAL)]
    bits = SIZES[draw() % len(SIZES)]
    v = 0
    for _ in range((bits + 31) // 32):
        v = (v << 32) | draw()
    v = v & ((1 << bits) - 1)
    if draw() % 2 == 1:
        v = -v
    return v


def show(f) -> str:
    try:
        return str(f())
    except (ZeroDivisionError, ValueError, OverflowError, MemoryError) as e:
        return type(e).__name__


def cmp(a, b) -> str:
    return "<" if a < b else ("=" if a == b else ">")


def main() -> None:
    for i in range(600):
        a = operand()
        b = operand()
        s = draw() % 140
        e = draw() % 40
        print(i, a, b)
        print(" +", a + b, a - b, a * b)
        print(" /", show(lambda: a // b), show(lambda: a % b), show(lambda: divmod(a, b)[0]))
        print(" b", a & b, a | b, a ^ b, ~a, -a, abs(a))
        print(" s", a << s, a >> s, b >> s, show(lambda: a << -1))
        print(" c", cmp(a, b), cmp(b, a), cmp(a, a), a.bit_length(), hash(a), hash(b))
        print(" x", format(a, "x"), format(b, "b")[:80], format(a, "o"))
        print(" f", show(lambda: repr(float(a))), show(lambda: repr(a / b)), show(lambda: repr(b / a)))
        print(" g", show(lambda: cmp(a, float(b))), show(lambda: cmp(float(a), b)))
        print(" p", show(lambda: a ** (e % 9) if abs(a) > 2 ** 200 else a ** e))
        print(" m", show(lambda: pow(a, b, e - 20)), show(lambda: pow(a, abs(b), b)), show(lambda: pow(a, -1, b)))
        print(" i", int(str(a)) == a, int(format(a, "x"), 16) == a, int(format(b, "o"), 8) == b)
        print(" F", format(a, ","), format(a, "_x"), format(a, "#o"), format(b, "+30d"), format(b, "^#40X"), format(a, "n"))
        print(" e", show(lambda: format(a, ".3e")), show(lambda: format(b, "%")), show(lambda: format(a, ".2f")))
        print(" I", int(format(a, "_"), 10) == a, int(format(a, "#x"), 0) == a, int(" " + format(b, "_b") + " ", 2) == b)
    big = 1
    for k in range(1, 200):
        big = big * k
    print(big, big // (2 ** 100 + 7), big % (3 ** 50), big.bit_length())
    print(show(lambda: str(10 ** 4300)), len(str(10 ** 4299)), show(lambda: int("1" * 4301)))
    print(show(lambda: float(2 ** 1024)), show(lambda: float(2 ** 1024 - 2 ** 970)), repr(float(2 ** 1024 - 2 ** 971)))
    print(repr(float(2 ** 1024 - 2 ** 970 - 1)), repr(1 / 2 ** 1080), repr(2 ** 1074 / 3 ** 700), repr(3 ** 700 / 2 ** 2000))
    print(show(lambda: 2 ** 1100 / 3), repr(1 / -(10 ** 30)), repr(0 / -(10 ** 30)), repr(2 ** 60 / 2 ** 1130))
    print(show(lambda: format(2 ** 70, "c")), show(lambda: format(2 ** 70, ".2d")), show(lambda: format(10 ** 4300, ",")))
    print(show(lambda: int("12_345_678_901_234_567_890_123")), show(lambda: int("0x_ffff_ffff_ffff_ffff_ff", 0)), show(lambda: int("1__0", 10)))
    print(show(lambda: int("99999999999999999999z")), show(lambda: int("0777", 0)), show(lambda: int("-0b" + "1" * 100, 0)))
    x = 0
    for _ in range(200):
        x = (x << 32) | draw()
    y = 0
    for _ in range(90):
        y = (y << 32) | draw()
    z = -(x * x + 12345)
    print(hash(x * y), (x * y) % (2 ** 61 - 1), (x * x) % 1000000007, hash(x * x * y), z.bit_length())
    print((x * y) // y == x, (x * y * x) // (x * y) == x, hash(z // y), hash(z % x), hash(z * z * z // (x * y)))
    print(show(lambda: int(float("nan"))), show(lambda: int(float("inf"))), int(1e300) == 10 ** 300, int(-2.0 ** 70))


main()
