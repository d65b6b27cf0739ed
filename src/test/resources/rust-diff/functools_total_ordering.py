"""functools.total_ordering: the comparisons a class lacks, derived from its __lt__ and __eq__."""
import functools
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __eq__(self, other: "Version") -> bool:  # type: ignore[override]
        print("eq", self, other)
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other: "Version") -> bool:
        print("lt", self, other)
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self) -> str:
        return f"v{self.major}.{self.minor}"


@functools.total_ordering
class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __gt__(self, other: "Money") -> bool:
        print("own gt")
        return self.cents > other.cents


def main() -> None:
    a = Version(1, 2)
    b = Version(1, 3)
    c = Version(1, 2)
    print(a <= b, a >= b, a > b, a < b)
    print(a <= c, a >= c, a > c)
    print(b > a, b >= a, b <= a)
    print(sorted([b, a, Version(0, 9)]))
    m = Money(5)
    n = Money(7)
    print(m > n, m >= n, m <= n, n >= m, m <= m)


if __name__ == "__main__":
    main()
