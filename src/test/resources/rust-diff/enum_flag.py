"""enum.Flag (3.11): auto() powers of two, | & ^ ~, composites named by their canonical members
in definition order, named multi-bit members, in, len, bool, iteration, lookups and the
STRICT boundary's ValueError."""
from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7


class Opt(Flag):
    NONE = 0
    A = 1
    B = 2


def show(p: Perm) -> str:
    return f"{p!r} {p} {p.name} {p.value} {len(p)} {bool(p)}"


def main() -> None:
    print(show(Perm.R), show(Perm.R | Perm.W), show(Perm.R | Perm.X), show(Perm.W | Perm.X))
    print(show(Perm.R & Perm.W), show(~Perm.R), show(~Perm.RW), show(Perm.RW ^ Perm.R), show(Perm(7)))
    print(list(Perm), len(Perm), list(Perm.R | Perm.X), list(Perm(0)), [m.name for m in Perm.RW])
    print(Perm.R in Perm.RW, Perm.X in Perm.RW, Perm(0) in Perm.X, (Perm.R | Perm.W) is Perm.RW)
    print((Perm.R | Perm.X) is (Perm.X | Perm.R), (Perm.R | Perm.X) == Perm(5), Perm.R != Perm.W)
    print(Color.RED, Color.GREEN.value, Color.BLUE.value, Color.WHITE, Color.RED | Color.BLUE, repr(~Color.GREEN))
    print(list(Color), list(Color.WHITE), Color["GREEN"], Color(3), Color(2) is Color.GREEN)
    print(Opt(0), repr(Opt.A & Opt.B), Opt.NONE is Opt(0), list(Opt), bool(Opt.NONE), repr(~Opt.NONE))
    print(f"[{Perm.R | Perm.W:>10}] [{Perm(3)}]", str(Perm(-1)), repr(Perm(-8)))
    flags = {Perm.R: "read", Perm.R | Perm.X: "rx"}
    print(flags[Perm(5)], Perm(4) in flags)
    acc = Perm(0)
    for p in [Perm.X, Perm.R]:
        acc = acc | p
        print(acc)
    if Perm.W & Perm.RW:
        print("has W")
    for bad in [8, 16, -9, 100]:
        try:
            Perm(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        Perm["RX"]
    except KeyError as e:
        print("KeyError:", e)


if __name__ == "__main__":
    main()
