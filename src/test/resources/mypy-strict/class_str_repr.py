class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


print(Vec(1.0, 2.0) + Vec(0.5, 0.5))
print([Vec(0.0, 1.0)])
