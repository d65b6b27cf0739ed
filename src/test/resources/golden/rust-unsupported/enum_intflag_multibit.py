from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    RW = 6


if __name__ == "__main__":
    print(repr(Perm(14)))
