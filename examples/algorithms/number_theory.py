"""Integer puzzles: gcd, Collatz, digit sums, bits and perfect numbers."""


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return abs(a)


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def collatz_length(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def digit_sum(n: int) -> int:
    return sum(int(d) for d in str(abs(n)))


def to_binary(n: int) -> str:
    if n == 0:
        return "0"
    bits = ""
    while n > 0:
        bits = str(n & 1) + bits
        n >>= 1
    return bits


def is_perfect(n: int) -> bool:
    return n == sum(d for d in range(1, n) if n % d == 0)


if __name__ == "__main__":
    print(gcd(1071, 462), gcd(-48, 18), lcm(4, 6), lcm(21, 6))
    lengths = {n: collatz_length(n) for n in range(1, 11)}
    print(lengths)
    best = max(range(1, 1000), key=collatz_length)
    print(f"longest Collatz chain below 1000 starts at {best} ({collatz_length(best)} steps)")
    print(digit_sum(9875), digit_sum(-1234), 2 ** 62, -(2 ** 62))
    for n in [0, 5, 255, 1024]:
        print(f"{n:>5} = {to_binary(n):>12} = {n:#x} = {n:08b}")
    print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, -17 >> 2, -17 // 5, -17 % 5, 17 % -5)
    print("perfect:", [n for n in range(1, 500) if is_perfect(n)])
    print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 7 / 7, divmod(17, 5), pow(3, 4))
