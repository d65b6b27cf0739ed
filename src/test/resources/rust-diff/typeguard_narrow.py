from typing import TypeGuard


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Dog(Animal):
    def bark(self) -> str:
        return self.name + " barks"


def is_dog(a: Animal) -> TypeGuard[Dog]:
    print("checking", a.name)
    return isinstance(a, Dog)


def is_text(v: object) -> TypeGuard[str]:
    return isinstance(v, str)


def describe(a: Animal) -> str:
    if is_dog(a):
        return a.bark()
    return a.name + " is quiet"


def shout(v: object) -> str:
    if is_text(v):
        return v.upper() + "!"
    return "not text: " + str(v)


print(describe(Dog("rex")), describe(Animal("cat")))
print(shout("hey"), shout(3))
print(is_text("x"), is_text(1.5))
