from dataclasses import dataclass

START: int = 5


@dataclass
class P:
    x: int = START


START = 7
print(P().x)
