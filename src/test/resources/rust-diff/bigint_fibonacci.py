"""Fibonacci numbers past the 92nd (the last that fits in 64 bits), up to the 10,000th."""


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n: int) -> tuple[int, int]:
    if n == 0:
        return (0, 1)
    f, g = fib_doubling(n // 2)
    c = f * (2 * g - f)
    d = f * f + g * g
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)


def main() -> None:
    for n in [90, 91, 92, 93, 94, 100, 200]:
        print(n, fib(n))
    big = fib(10000)
    text = str(big)
    print(len(text), text[:40], text[-40:])
    print(big % 1000000007, big // fib(9990))
    print(fib_doubling(10000)[0] == big, fib_doubling(300))
    memo: dict[int, int] = {0: 0, 1: 1}
    for i in range(2, 500):
        memo[i] = memo[i - 1] + memo[i - 2]
    print(memo[499], memo[499] == fib(499), sum(memo.values()) == fib(501) - 1)
    ratios = [fib(k + 1) / fib(k) for k in [10, 50, 100, 1000]]
    print(ratios)


if __name__ == "__main__":
    main()
