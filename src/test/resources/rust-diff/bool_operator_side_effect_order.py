# Two value-level `or`/`and` in one expression whose operands have side effects: Python runs
# f(0), f(1) (the first right operand) before f(2).


def f(k: int) -> int:
    print("f", k)
    return k


def s(t: str) -> str:
    print("s", t)
    return t


def main() -> None:
    x: int = (f(0) or f(1)) + (f(2) or f(3))
    print(x)
    print(f(5) or f(6), f(0) or f(8))
    y: int = (f(1) and f(0)) - (f(4) and f(7))
    print(y)
    print((s("") or s("b")) + (s("c") or s("d")))
    print(f(0) or f(0) or f(9), f(2) and f(3))


if __name__ == "__main__":
    main()
