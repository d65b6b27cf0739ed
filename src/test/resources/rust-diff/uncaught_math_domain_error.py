"""An uncaught math error ends the program with CPython's last traceback line and status 1."""
import math


def area(r: float) -> float:
    return math.pi * r * r


if __name__ == "__main__":
    print(area(2.0))
    print(math.sqrt(area(1.0)))
    print(math.sqrt(-area(1.0)))
    print("not reached")
