from __future__ import annotations


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other: Version) -> bool:
        return (self.major, self.minor) < (other.major, other.minor)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(", ".join(str(v) for v in sorted(vs)))
print(Version(1, 0) == Version(1, 0), Version(1, 0) == Version(2, 0))
