# An int literal where a float is needed is converted as float() converts the int:
# -0 is the int 0, so float(-0) is 0.0; big literals round once.


def half(x: float) -> float:
    return x / 2


def main() -> None:
    print(float(-0), float(0), float(-3))
    print(float(3000000000), float(-3000000000))
    print(float(9007199254740993), float(-9007199254740993))
    print(half(-0.0), half(3000000000.0))
    y: float = 2.5
    y = float(-0) + 1.5 * -0
    print(y, 2.5 + -0, -0 * 1.5)


if __name__ == "__main__":
    main()
