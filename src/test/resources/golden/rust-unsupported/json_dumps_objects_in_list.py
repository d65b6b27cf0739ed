import json


class Point:
    def __init__(self, x: int) -> None:
        self.x = x


points: list[Point] = []
print(json.dumps(points))
