"""Class attributes shadowed by instance assignments, and a float class attribute holding an int."""
class Rate:
    factor: float = 1
    limit = 2.5

    def scaled(self, x: float) -> float:
        return x * self.factor


class Box:
    items: list[int] = []

    def add(self, x: int) -> None:
        self.items = self.items + [x]


r = Rate()
print(r.factor, Rate.factor, r.scaled(3), Rate.limit)
Rate.factor = 2
print(r.scaled(3), Rate.factor)
b1 = Box()
b2 = Box()
b1.add(1)
b1.add(2)
b2.add(3)
print(b1.items, b2.items, Box.items)
