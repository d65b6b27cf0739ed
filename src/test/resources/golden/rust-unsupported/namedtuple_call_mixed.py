from collections import namedtuple

Pair = namedtuple("Pair", "a b")

if __name__ == "__main__":
    print(Pair(1, 2), Pair("x", 3))
