import math
from math import sqrt as root, pi


def circle(r: float) -> float:
    return pi * r * r


def side(a: float, b: float) -> float:
    return root(a * a + b * b)


if __name__ == "__main__":
    print(circle(2.0), side(3.0, 4.0), math.floor(2.5), math.gcd(12, 18))
    try:
        print(math.log(0.0))
    except ValueError as e:
        print(e)
