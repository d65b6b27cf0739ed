from typing import Callable


def double(x: int) -> int:
    return x * 2


def make_labeler(prefix: str) -> Callable[[int], str]:
    def label(n: int) -> str:
        return prefix + str(n)

    return label


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


if __name__ == "__main__":
    offset = 10
    shift: Callable[[int], int] = lambda x: x + offset
    print(apply(double, 4), apply(shift, 4))
    print(make_labeler("item-")(7))
    print(list(map(lambda x: x * 3, [1, 2, 3])))
