from math import pi


def area(r: float) -> float:
    return pi * r * r


pi = 3.0
print(area(1.0))
