from dataclasses import dataclass


@dataclass
class Point:
    coords: List[float]


print(Point([1.0]))
