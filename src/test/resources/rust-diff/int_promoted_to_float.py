from typing import Optional

# An int that an operation combines with a float is a float in Python too: these translate
# (an int stored into a float slot is refused instead, see golden/rust-unsupported/float_slot_*).


def main() -> None:
    i: int = 3
    f: float = 2.5
    print(i + f, f - i, i * f, f / i, i / 2, 7 / 7, float(i), i ** 2 / 4)
    print(i < f, f == 2.5, i == 3.0, 2 > f, min(f, 3.5), max(1.5, f))
    t: float = 0.0
    t += i
    t -= 1
    t *= 2
    print(t, f + 0, 0.0 + -0)
    xs: list[float] = [1.5, float(i)]
    print(xs, [x * i for x in xs], sum(xs, 0.0))
    o: Optional[float] = 3.0
    print(o == 3, o != i, o == 2)


if __name__ == "__main__":
    main()
