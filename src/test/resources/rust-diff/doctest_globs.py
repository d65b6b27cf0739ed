"""Each docstring's examples run in a copy of the module's globals (doctest)."""

limit: int = 10
names: list[str] = ["a", "b"]


def below_limit(n: int) -> bool:
    """
    >>> limit
    10
    >>> below_limit(5)
    True
    >>> limit = 3
    >>> limit
    3
    >>> below_limit(5)
    True
    >>> limit += 1
    >>> limit * 2
    8
    >>> [limit for limit in range(2)]
    [0, 1]
    >>> limit
    4
    """
    return n < limit


def count_names() -> int:
    """
    >>> limit
    10
    >>> for limit in range(0):
    ...     pass
    >>> limit
    10
    >>> for limit in range(3):
    ...     pass
    >>> limit
    2
    >>> names = names + ["c"]
    >>> names
    ['a', 'b', 'c']
    >>> count_names()
    2
    >>> limit = limit + 5
    >>> limit
    7
    """
    return len(names)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print(limit, names, below_limit(9))
