"""Text layout for the examples' reports: headings, aligned rows and bars.

Run it as a script to check the examples in its docstrings.
"""
import doctest

WIDTH = 12


def heading(title: str, rule: str = "-") -> str:
    """The title, underlined to its length.

    >>> print(heading("Primes"))
    Primes
    ------
    >>> heading("ab", "=").splitlines()
    ['ab', '==']
    """
    return title + "\n" + rule * len(title)


def row(label: str, value: str, width: int = WIDTH) -> str:
    """The label, padded to the width, then the value.

    >>> row("mean", "21.5")
    'mean        21.5'
    >>> row("a", "b", 3) + "|"
    'a  b|'
    >>> row("a label longer than the width", "x", 4)
    'a label longer than the widthx'
    """
    return label.ljust(width) + value


def bar(count: int, mark: str = "#") -> str:
    """A bar of count marks; none for a count below one.

    >>> bar(3)
    '###'
    >>> bar(2, "*") + "|"
    '**|'
    >>> bar(-1)
    ''
    """
    return mark * count


if __name__ == "__main__":
    print(doctest.testmod())
