from typing import Iterator


def both(x: int) -> int:
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1


def nested_if(x: int) -> int:
    try:
        if x > 0:
            return 10 // x
        return 0
    except ZeroDivisionError:
        return -1


def in_else(x: int) -> int:
    try:
        y = 10 // x
    except ZeroDivisionError:
        return -1
    else:
        return y


def with_finally(x: int) -> int:
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1
    finally:
        print("finally", x)


def finally_returns(x: int) -> int:
    try:
        print(10 // x)
    except ZeroDivisionError:
        print("caught")
    finally:
        return x * 2


def nested_try(x: int) -> int:
    try:
        try:
            return 10 // x
        except ZeroDivisionError:
            return 100 // (x - 0)
    except ZeroDivisionError:
        return -2


def raises_in_handler(x: int) -> int:
    try:
        return 10 // x
    except ZeroDivisionError:
        raise ValueError("no zero")


def none_result(x: int) -> None:
    try:
        print(10 // x)
        return
    except ZeroDivisionError:
        print("zero")
        return


def in_branch(x: int) -> int:
    if x > 5:
        try:
            return 60 // (x - 6)
        except ZeroDivisionError:
            return -6
    else:
        try:
            return 10 // x
        except ZeroDivisionError:
            return -1


class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def ratio(self, d: int) -> int:
        try:
            return self.v // d
        except ZeroDivisionError:
            return 0


def gen(xs: list[int]) -> Iterator[int]:
    for x in xs:
        try:
            yield 10 // x
        except ZeroDivisionError:
            return


def gen_tail(x: int) -> Iterator[int]:
    try:
        yield 10 // x
        return
    except ZeroDivisionError:
        yield -1
        return


for v in [0, 2, 6, 9]:
    print(both(v), nested_if(v), in_else(v), with_finally(v), finally_returns(v), nested_try(v), in_branch(v))
    none_result(v)
    print(Box(7).ratio(v))
    try:
        print(raises_in_handler(v))
    except ValueError as e:
        print("ValueError", e)
print(list(gen([1, 2, 0, 5])))
print(list(gen_tail(0)), list(gen_tail(5)))
