import math


def sqrt(x: float) -> float:
    return x ** 0.5


print(math.sqrt(4.0))
from math import sqrt
