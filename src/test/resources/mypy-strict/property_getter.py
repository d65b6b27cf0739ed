class Rect:
    def __init__(self, w: int, h: int) -> None:
        self._w = w
        self._h = h

    @property
    def area(self) -> int:
        return self._w * self._h


r = Rect(3, 4)
print(r.area)
