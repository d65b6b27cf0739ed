from typing import TypeGuard


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Hound(Animal):
    def bark(self) -> str:
        return self.name + " barks"


def is_hound(a: Animal) -> TypeGuard[Hound]:
    print("checking", a.name)
    return isinstance(a, Hound)


def is_text(v: object) -> TypeGuard[str]:
    return isinstance(v, str)


def describe(a: Animal) -> str:
    if is_hound(a):
        return a.bark()
    return a.name + " is quiet"


def shout(v: object) -> str:
    if is_text(v):
        return v.upper() + "!"
    return "not text: " + str(v)


print(describe(Hound("rex")), describe(Animal("cat")))
print(shout("hey"), shout(3))
print(is_text("x"), is_text(1.5))
