from dataclasses import dataclass


class Counter:
    def __init__(self) -> None:
        self.n = 0


@dataclass
class Box:
    c: Counter = Counter()


a = Box()
b = Box()
a.c.n += 1
print(b.c.n, a.c is b.c)
