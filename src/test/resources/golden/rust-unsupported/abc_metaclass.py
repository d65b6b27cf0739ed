from abc import ABCMeta


class Shape(metaclass=ABCMeta):
    pass


if __name__ == "__main__":
    print("never")
