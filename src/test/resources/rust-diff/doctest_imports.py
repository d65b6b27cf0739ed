"""Imports in doctest examples bind names in that docstring's namespace."""


def hypotenuse(a: float, b: float) -> float:
    """
    >>> import math
    >>> math.isclose(hypotenuse(3.0, 4.0), 5.0)
    True
    >>> from math import isqrt as root, gcd
    >>> root(50), gcd(12, 18)
    (7, 6)
    >>> from string import ascii_lowercase
    >>> ascii_lowercase[:3]
    'abc'
    >>> math.floor(hypotenuse(1.0, 1.0) * 100)
    141
    >>> root(10)
    3
    """
    return (a * a + b * b) ** 0.5


def second() -> int:
    """
    >>> import math; math.factorial(5)
    120
    >>> second()
    3
    """
    return 3


if __name__ == "__main__":
    from doctest import testmod

    testmod()
    print(hypotenuse(6.0, 8.0))
