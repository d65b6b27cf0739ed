class Shape:
    def __init__(self, area: int) -> None:
        self.area = area

    def __lt__(self, other: "Shape") -> bool:
        return self.area < other.area

    def __eq__(self, other: "Shape") -> bool:
        return self.area == other.area

    def __repr__(self) -> str:
        return f"Shape({self.area})"


class Square(Shape):
    def __init__(self, side: int) -> None:
        super().__init__(side * side)


class Stack:
    def __init__(self) -> None:
        self.items: list[int] = []

    def push(self, v: int) -> None:
        self.items.append(v)

    def __bool__(self) -> bool:
        return len(self.items) > 0

    def __getitem__(self, i: int) -> int:
        return self.items[i]

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, v: int) -> bool:
        return v in self.items


class Temp:
    def __init__(self, deg: float) -> None:
        self.deg = deg

    def __neg__(self) -> "Temp":
        return Temp(-self.deg)

    def __sub__(self, other: "Temp") -> float:
        return self.deg - other.deg

    def __gt__(self, other: "Temp") -> bool:
        return self.deg > other.deg


if __name__ == "__main__":
    shapes: list[Shape] = [Square(3), Shape(4), Square(1), Shape(9)]
    print(sorted(shapes), min(shapes), max(shapes))
    print(Square(2) == Shape(4), Square(2) < Shape(5), Shape(10) > Square(3), Square(3) in shapes)
    s = Stack()
    while not s:
        s.push(5)
    s.push(7)
    print(len(s), s[0], s[-1], 7 in s, 8 not in s, bool(s))
    try:
        print(s[10])
    except IndexError as e:
        print("IndexError:", e)
    t = Temp(20.5)
    u = -t
    print(u.deg, t - u, t > u, u < t)
    temps = [Temp(3.0), Temp(-1.0), Temp(2.0)]
    print(max(temps).deg, min(temps).deg, [x.deg for x in sorted(temps, reverse=True)])
