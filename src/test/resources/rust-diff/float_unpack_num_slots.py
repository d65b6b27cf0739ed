"""Unpacking floats into new variables of a module whose float slots may hold ints.

p(45) passes an int where a float is declared, so every float variable of the module can hold an
int; the floats unpacked from cos()/sin() and from math.modf() must still multiply as floats.
"""
from math import cos, modf, sin


def rotation(angle: float) -> list[list[float]]:
    c, s = cos(angle), sin(angle)
    cs = c * s
    return [[c * c, cs], [cs, -s]]


def parts(x: float) -> float:
    frac, whole = modf(x)
    return whole * 2 + frac


def swap_sum(x: float, y: float) -> float:
    a, b = x, y
    a, b = b, a + 0.5
    return a * b + a - b


def mixed(n: int, x: float) -> str:
    k, f = n, x * 1.5
    k, f = k + 1, f * 2
    return f"{k} {f}"


print(rotation(45))
print(rotation(0))
print(rotation(1.5))
print(parts(3))
print(parts(2.75))
print(swap_sum(2, 3))
print(swap_sum(2.5, 3))
print(mixed(1, 2))
