"""Factorials past 64 bits: a loop, recursion and math.factorial/comb/perm agree with CPython."""
import math


def fact_loop(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fact_rec(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)


def digit_sum(n: int) -> int:
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def main() -> None:
    for n in [0, 1, 20, 21, 25, 30, 52, 100]:
        a = fact_loop(n)
        b = fact_rec(n)
        c = math.factorial(n)
        print(n, a, a == b == c, len(str(a)))
    big = math.factorial(1000)
    print(len(str(big)), digit_sum(big), str(big)[:30], str(big)[-30:].count("0"))
    print(math.comb(100, 50), math.perm(40, 20), math.perm(25))
    print(math.comb(60, 30) * math.comb(60, 30) // math.factorial(10))
    print(math.prod([2 ** 40, 3 ** 30, 5 ** 20]))
    print(fact_loop(22) // fact_loop(20), fact_loop(25) % 1000000007)
    try:
        math.factorial(-1)
    except ValueError as e:
        print("ValueError:", e)
    total = 0
    for k in range(1, 30):
        total += math.factorial(k)
    print(total)


if __name__ == "__main__":
    main()
