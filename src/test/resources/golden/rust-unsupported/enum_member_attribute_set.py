from enum import Enum


class Size(Enum):
    SMALL = 1
    LARGE = 2

    def grow(self) -> None:
        self.value = 3


if __name__ == "__main__":
    Size.SMALL.grow()
