from collections.abc import Callable


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n

    return add


add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
