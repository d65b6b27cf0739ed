# A comparison whose result the operand types settle (`is None` of a value that cannot be None,
# `==` between an int and a str) still runs its operands for their side effects.


def f(k: int) -> int:
    print("f", k)
    return k


def main() -> None:
    s: set[int] = {1, 2}
    print(s.discard(1) is None, s)
    xs: list[int] = [4, 5]
    print(xs.pop() is not None, xs)
    print(f(1) == "1", f(2) != "2")
    if f(3) is None:
        print("never")
    n: int = 3
    print(n is None, n == "3")


if __name__ == "__main__":
    main()
