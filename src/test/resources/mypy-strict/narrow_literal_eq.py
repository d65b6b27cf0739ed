from typing import Literal

Direction = Literal["left", "right"]


def step(pos: int, d: Direction) -> int:
    if d == "left":
        return pos - 1
    return pos + 1


p = 0
moves: list[Direction] = ["left", "right", "right", "right"]
for m in moves:
    p = step(p, m)
print(p)
