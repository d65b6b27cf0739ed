"""__eq__(self, other: object) guarded by isinstance(...) -> NotImplemented, next to a typed __lt__."""
from __future__ import annotations


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        print("  eq", self, other)
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other: Version) -> bool:
        return (self.major, self.minor) < (other.major, other.minor)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


class Patch(Version):
    pass


vs = [Version(1, 2), Version(0, 9), Patch(1, 0)]
print(", ".join(str(v) for v in sorted(vs)))
print(Version(1, 0) == Version(1, 0), Version(1, 0) == Version(2, 0), Version(1, 0) != Patch(1, 0))
print(Patch(0, 9) == vs[1], vs[1] in vs, vs.index(Patch(1, 0)), vs.count(Version(1, 2)))
print(Version(3, 1) > Version(2, 9), max(vs), min(vs))
