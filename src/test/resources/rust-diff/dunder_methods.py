from dataclasses import dataclass


class Vec:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: int) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __eq__(self, other: "Vec") -> bool:
        return self.x == other.x and self.y == other.y

    def __bool__(self) -> bool:
        return self.x != 0 or self.y != 0

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __lt__(self, other: "Version") -> bool:
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

    def __str__(self) -> str:
        return f"v{self.major}.{self.minor}"


class Grid:
    def __init__(self, width: int) -> None:
        self.width = width
        self.cells: dict[str, int] = {}

    def __getitem__(self, key: str) -> int:
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.cells[key] = value

    def __contains__(self, key: str) -> bool:
        return key in self.cells

    def __len__(self) -> int:
        return len(self.cells)


class Strict:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: "Strict") -> bool:
        if other.v < 0:
            raise ValueError("cannot compare with a negative Strict")
        return self.v == other.v


def main() -> None:
    a = Vec(1, 2)
    b = Vec(3, 4)
    print(a + b, b - a, a * 3, -a)
    print(a == Vec(1, 2), a != b, a == b)
    c = a
    c += b
    print(c, a)
    if Vec(0, 0):
        print("zero is truthy")
    else:
        print("zero is falsy")
    print(bool(a), not Vec(0, 0))
    vs = [Vec(1, 1), Vec(2, 2), Vec(3, 3)]
    print(Vec(2, 2) in vs, Vec(5, 5) in vs, vs.index(Vec(3, 3)), vs.count(Vec(1, 1)))
    vs.remove(Vec(2, 2))
    print(vs)
    try:
        vs.index(Vec(9, 9))
    except ValueError as e:
        print("ValueError:", e)
    versions = [Version(1, 2), Version(0, 9), Version(1, 0), Version(0, 9)]
    print([str(v) for v in sorted(versions)])
    print([str(v) for v in sorted(versions, reverse=True)])
    print(min(versions), max(versions))
    print(Version(1, 0) < Version(1, 1), Version(2, 0) > Version(1, 5))
    versions.sort()
    print(", ".join([str(v) for v in versions]))
    g = Grid(3)
    g["a"] = 1
    g["b"] = 2
    g["a"] += 10
    print(g["a"], g["b"], "a" in g, "z" in g, len(g))
    try:
        print(g["z"])
    except KeyError as e:
        print("missing", e)
    s = Strict(1)
    print(s == Strict(1), s != Strict(2))
    items = [Strict(1), Strict(2)]
    print(s in items)
    try:
        print(Strict(-1) in items)
    except ValueError as e:
        print("caught:", e)
    print(items.count(Strict(-5)))


if __name__ == "__main__":
    main()
