from enum import Flag, auto


class Perm(Flag):
    R = auto()
    W = auto()


if __name__ == "__main__":
    print({Perm.R, Perm.R & Perm.W})
