from typing import TypeAlias

Vector: TypeAlias = list[float]
Matrix = list[Vector]


def row_sums(m: Matrix) -> Vector:
    # sum() of floats is the int 0 when the row is empty: Python keeps that int in the list.
    return [sum(r) for r in m]


def pairs(m: Matrix) -> list[tuple[str, float]]:
    return [(str(len(r)), sum(r)) for r in m]


print(row_sums([[1.0, 2.0], [3.0, 4.5]]))
print(row_sums([[], [0.5], []]))
print(pairs([[1.5], []]))
total: float = sum(row_sums([[2.5], [], [1.0]]))
print(total)
