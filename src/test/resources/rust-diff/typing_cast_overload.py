from typing import Any, cast, overload


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def speak(self) -> str:
        return "..."


class Hound(Animal):
    def speak(self) -> str:
        return self.name + " says woof"


def loud(a: Animal) -> str:
    d = cast(Hound, a)
    return d.speak().upper()


def as_int(v: object) -> int:
    return cast(int, v) + 1


def from_any(v: Any) -> str:
    s = cast(str, v)
    return s.title()


def ratio(n: int) -> float:
    f = cast(float, n)
    return f


def first(xs: list[int] | str) -> int:
    return cast(list[int], xs)[0]


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
@overload
def double(x: list[int]) -> list[int]: ...
def double(x: int | str | list[int]) -> int | str | list[int]:
    if isinstance(x, int):
        return x * 2
    if isinstance(x, str):
        return x + x
    return x + x


print(loud(Hound("rex")))
print(as_int(41), from_any("hello world"))
print(ratio(3), ratio(4) / 2)
print(first([7, 8]))
print(double(4), double("ab"), double([1]))
