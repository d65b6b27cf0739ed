from dataclasses import dataclass, fields


@dataclass
class Point:
    x: int
    y: int


if __name__ == "__main__":
    print([f.name for f in fields(Point)])
