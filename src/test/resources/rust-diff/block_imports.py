"""Imports inside the module's main block bind module globals when the block runs."""


def triple(n: int) -> int:
    """
    >>> triple(4)
    12
    >>> triple(-1)
    -3
    """
    return 3 * n


def square_root_floor(n: int) -> int:
    """
    >>> square_root_floor(17)
    4
    >>> square_root_floor(0)
    0
    """
    total = 0
    while (total + 1) * (total + 1) <= n:
        total += 1
    return total


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print(triple(5))
    from math import isqrt, gcd as g

    print(isqrt(99), g(12, 18))
    for k in range(3):
        import string

        print(string.digits[k], square_root_floor(k * 10))
    if triple(1) == 3:
        from textwrap import shorten

        print(shorten("the quick brown fox jumps", width=12))
    else:
        print("never")
