from collections import namedtuple

Pair = namedtuple("Pair", "a b", rename=True)

if __name__ == "__main__":
    print(Pair(1, 2))
