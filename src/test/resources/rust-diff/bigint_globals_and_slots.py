"""Module constants and globals past 64 bits, isinstance, mixed containers of ints from len()/range(),
tuples unpacked, and comparisons of containers of big ints."""
MOD = 10 ** 9 + 7
BIG = 2 ** 100
SMALL = 12
TABLE = [1, 2, 3]
counter = 0


def bump(n: int) -> int:
    global counter
    counter += n * BIG
    return counter % MOD


def main() -> None:
    print(MOD, BIG, SMALL * BIG, TABLE, isinstance(BIG, int), isinstance(SMALL, int))
    print(bump(3), bump(SMALL), counter)
    xs: list[int] = [BIG, 1]
    ys = [i * i for i in range(5)]
    print(xs == [BIG, 1], xs != [BIG, 2], ys, sum(ys) ** 3, max(xs), xs[-1], xs[len(xs) - 1])
    t: tuple[int, int] = (BIG, SMALL)
    a, b = t
    print(a - b, -a // b, (a, b) == (BIG, 12), (a, b) < (BIG, 13))
    n = len(xs) + BIG
    print(n, n > len(ys), str(n)[::-1], n if n > 0 else -n)
    d = {k: k ** 5 for k in range(10, 14)}
    print(d, d[13] * d[12], 13 in d, BIG in d)
    best = 0
    for v in [3 ** 50, 2 ** 80, 5 ** 30]:
        if v > best:
            best = v
    print(best)


if __name__ == "__main__":
    main()
