from collections import namedtuple

Pair = namedtuple("Pair", "a b")


def make(v: int) -> "Pair":
    return Pair(v, v)


if __name__ == "__main__":
    print(make(1))
