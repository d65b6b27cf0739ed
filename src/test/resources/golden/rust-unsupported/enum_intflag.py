from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2


if __name__ == "__main__":
    print(Perm.R | 8)
