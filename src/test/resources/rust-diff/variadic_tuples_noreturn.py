from typing import NoReturn


def fail(msg: str) -> NoReturn:
    raise ValueError(msg)


def mean(xs: tuple[float, ...]) -> float:
    if len(xs) > 1 and xs[0] > xs[1]:
        fail("not sorted")
    return sum(xs) / len(xs)


def spread(xs: tuple[int, ...]) -> tuple[int, ...]:
    if len(xs) < 2:
        return xs
    return (max(xs) - min(xs), xs[0], xs[-1])


def names() -> tuple[str, ...]:
    return ("a", "b", "c")


def checked(n: int) -> int:
    if n < 0:
        fail("negative: " + str(n))
    return n


print(mean((1.0, 2.0, 4.5)))
print(spread((4, 9, 1)), spread((3,)))
t = names()
print(t, len(t), t[1], "b" in t, "z" in t)
for name in t:
    print(name.upper())
print(t == names(), (1,) == (1,))
print(checked(3))
try:
    print(mean((1.5,)))
    print(mean((3.0, 2.0)))
except ValueError as e:
    print("error:", e)
try:
    checked(-2)
except ValueError as e:
    print("error:", e)
fail("at the end")
