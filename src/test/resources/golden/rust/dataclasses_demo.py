from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Path:
    points: list[Point] = field(default_factory=list)

    def length(self) -> int:
        return len(self.points)


if __name__ == "__main__":
    p = Path()
    p.points.append(Point(1, 2))
    p.points.append(Point(3))
    print(p, p.length(), Point(1, 2) == Point(1, 2))
