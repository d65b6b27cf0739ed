"""enum.IntFlag (3.11, KEEP boundary): members are ints (str, format, arithmetic, comparison,
hashing as the value), | & ^ with ints give IntFlags, unknown bits are kept and shown in the
repr, ~ stays within the flag's bits."""
from enum import IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Mode(IntFlag):
    A = auto()
    B = auto()
    C = auto()


def main() -> None:
    rw = Perm.R | Perm.W
    print(rw, repr(rw), rw.name, rw.value, str(Perm.R), f"{Perm.W:03d}", f"{rw:x}")
    print(repr(Perm.R | 8), Perm.R | 8, repr(Perm(9)), repr(Perm(0)), Perm(0).name, repr(8 | Perm.X))
    print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(Perm(-1)), repr(Perm(-9)))
    print(Perm.R + 1, Perm.R * 2, Perm.R == 4, Perm.W < Perm.R, Perm.R > 3, sorted([Perm.R, Perm.X, Perm.W]))
    print(list(Perm), list(rw), list(Perm(12)), len(rw), len(Perm(15)), Perm.R in rw, bool(Perm(0)))
    print(Mode.A, Mode.B.value, Mode.C.value, repr(Mode.A | Mode.C), repr(Mode(7)), Mode["B"])
    print({Perm.R, Perm.W, Perm.R | Perm.W, Perm.X}, {Perm.R: "r"}[Perm(4)])
    acc = Perm(0)
    for p in Perm:
        acc |= p
        print(repr(acc))
    print(repr(acc & Perm.W), repr(acc ^ Perm.R), repr(acc & 16), (Perm.R | Perm.W) is (Perm.W | Perm.R))


if __name__ == "__main__":
    main()
