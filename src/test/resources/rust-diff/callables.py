from dataclasses import dataclass
from typing import Callable, Optional


def double(x: int) -> int:
    return x * 2


def shout(s: str) -> str:
    return s.upper() + "!"


def apply_twice(f: Callable[[int], int], x: int) -> int:
    return f(f(x))


def make_adder(n: int) -> Callable[[int], int]:
    return lambda x: x + n


def make_greeter(greeting: str) -> Callable[[str], str]:
    def greet(name: str) -> str:
        return greeting + ", " + name
    return greet


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    def h(x: int) -> int:
        return g(f(x))
    return h


def checked_div(a: int, b: int) -> int:
    if b == 0:
        raise ValueError("division by zero in checked_div")
    return a // b


def collect(items: list[int], keep: Callable[[int], bool]) -> list[int]:
    out: list[int] = []
    for i in items:
        if keep(i):
            out.append(i)
    return out


@dataclass
class Op:
    name: str
    fn: Callable[[int, int], int]


def run_ops(ops: list[Op], a: int, b: int) -> None:
    for op in ops:
        print(op.name, op.fn(a, b))


def counter_total(values: list[int]) -> int:
    seen: list[int] = []

    def record(v: int) -> None:
        seen.append(v)

    for v in values:
        record(v * 10)
    return sum(seen)


def main() -> None:
    print(apply_twice(double, 3))
    add5 = make_adder(5)
    print(add5(10), apply_twice(add5, 1))
    print(make_greeter("Hello")("Ada"))
    inc_then_double = compose(make_adder(1), double)
    print(inc_then_double(4))
    square: Callable[[int], int] = lambda x: x * x
    print(square(7))
    print(collect([1, 2, 3, 4, 5, 6], lambda x: x % 2 == 0))
    ops = [Op("add", lambda a, b: a + b), Op("sub", lambda a, b: a - b), Op("div", checked_div)]
    run_ops(ops, 17, 5)
    table: dict[str, Callable[[int], int]] = {"inc": lambda a: a + 1, "sq": lambda a: a * a}
    for key in ["inc", "sq"]:
        print(key, table[key](6))
    words = ["pear", "fig", "banana", "kiwi"]
    print(sorted(words, key=len))
    print(min(words, key=len), max(words, key=len))
    by_last: Callable[[str], str] = lambda w: w[-1]
    print(sorted(words, key=by_last))
    print(list(map(shout, words)))
    print(list(map(lambda w: len(w) * 2, words)))
    print(list(filter(lambda w: "a" in w, words)))
    print(sum(map(len, words)), ", ".join(map(shout, words)))
    print(counter_total([1, 2, 3]))
    f = double
    g = double
    print(f == g, f is g, f(21))
    h: Optional[Callable[[int], int]] = None
    if h is None:
        h = add5
    if h is not None:
        print(h(1))
    thunk = lambda: "lazy"
    print(thunk())
    try:
        print(table["inc"](1), ops[2].fn(1, 0))
    except ValueError as e:
        print("caught:", e)
    bad: Callable[[int], int] = lambda x: checked_div(10, x)
    results = [bad(5), bad(2)]
    print(results)
    print(bad(0))


if __name__ == "__main__":
    main()
