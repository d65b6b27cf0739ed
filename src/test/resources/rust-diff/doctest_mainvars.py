"""A docstring's examples may assign a name that the main block binds too."""


class Counter:
    def __init__(self, start: int) -> None:
        """
        >>> counter = Counter(2)
        >>> counter.value
        2
        """
        self.value = start

    def bump(self) -> int:
        """
        >>> counter = Counter(4)
        >>> counter.bump()
        5
        >>> total = counter.bump() + 10
        >>> total
        16
        >>> [total for total in range(2)]
        [0, 1]
        >>> total
        16
        >>> def add(v: int, w: int) -> int:
        ...     return v + w
        >>> add(total, 1)
        17
        """
        self.value += 1
        return self.value


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    counter = Counter(1)
    total = counter.bump()
    print(counter.value, total)
