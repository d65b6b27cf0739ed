"""Shifts and bitwise operators on negative and big ints; floor division, modulo and divmod signs past 64 bits."""


def main() -> None:
    x = 2 ** 100 + 12345
    values = [x, -x, 2 ** 64, -(2 ** 64), 2 ** 63, -(2 ** 63), 2 ** 63 - 1, -1, 0, 1, 255, -256]
    for a in values:
        print(a >> 1, a >> 64, a >> 200, a << 1, a << 70, ~a, -a)
    for a in values[:6]:
        for b in [3, -3, 2 ** 65 + 1, -(2 ** 65) - 1, 255, -256]:
            print(a & b, a | b, a ^ b, a // b, a % b, divmod(a, b))
    print(-1 << 100, (-1 << 100) >> 99, 1 << 63, (1 << 64) - 1, -(1 << 63) >> 63)
    print((2 ** 64 - 1) & ~(2 ** 32 - 1), -(2 ** 64) | 12345, (2 ** 128 - 1) ^ (2 ** 64 - 1))
    mask = (1 << 64) - 1
    h = 14695981039346656037
    for ch in "portalis":
        h = ((h ^ ord(ch)) * 1099511628211) & mask
    print(h, h >> 32)
    try:
        print(x >> -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(x << -5)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(x // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(x % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    q, r = divmod(-(10 ** 40), 7 ** 20)
    print(q, r, q * 7 ** 20 + r == -(10 ** 40))


if __name__ == "__main__":
    main()
