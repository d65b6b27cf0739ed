from enum import Enum


class Size(Enum):
    SMALL = 1
    LARGE = 2


if __name__ == "__main__":
    print(Size.SMALL < Size.LARGE)
