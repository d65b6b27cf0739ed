from collections import defaultdict


class Box:
    def __init__(self) -> None:
        self.items: list[int] = []


boxes: defaultdict[str, Box] = defaultdict(Box)
boxes["a"].items.append(1)
print(len(boxes))
