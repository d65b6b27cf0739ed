from typing import TypeAlias

Vector: TypeAlias = list[float]
Matrix = list[Vector]


def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]


def row_sums(m: Matrix) -> Vector:
    return [sum(r) for r in m]


print(scale([1.0, 2.5], 2.0))
print(row_sums([[1.0, 2.0], [3.0, 4.5]]))
