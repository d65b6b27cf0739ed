"""bool is an int subclass: True is 1 and False is 0 in arithmetic, sum() counts True values;
& | ^ of two bools stay bools."""


def count_even(xs: list[int]) -> int:
    return sum([x % 2 == 0 for x in xs])


def main() -> None:
    t = True
    f = False
    print(True + True, t * 3, 2 - t, t / 2, t // 1, 7 % (t + t), t ** 2, 2 ** t)
    print(-t, +t, ~t, -f, ~f)
    print(t & 5, 4 | t, t ^ 3, t & t, t | f, t ^ t)
    print(1.5 + t, t * 2.5)
    flags = [True, False, True, True]
    print(sum(flags), sum(flags, 10), count_even([1, 2, 4]))
    n = 0
    n += t
    print(n)
    print(sum(x > 1 for x in [1, 2, 3]))


if __name__ == "__main__":
    main()
