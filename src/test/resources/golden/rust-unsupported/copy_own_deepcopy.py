import copy


class Box:
    def __init__(self, items: list[int]) -> None:
        self.items = items

    def __deepcopy__(self, memo: dict[int, object]) -> "Box":
        return Box(list(self.items))


if __name__ == "__main__":
    b = copy.deepcopy(Box([1, 2]))
    print(b.items)
