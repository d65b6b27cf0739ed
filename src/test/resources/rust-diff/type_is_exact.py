class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Hound(Animal):
    def bark(self) -> str:
        return self.name + ": woof"


class Puppy(Hound):
    pass


def kind(x: int | str | bool) -> str:
    if type(x) is int:
        return f"int {x + 1}"
    if type(x) == bool:
        return f"bool {x}"
    if type(x) is not str:
        return "?"
    return "str " + x.upper()


def exact(a: Animal) -> str:
    if type(a) is Hound:
        return "exactly a dog: " + a.bark()
    if isinstance(a, Hound):
        return "some dog: " + type(a).__name__
    if type(a) != Animal:
        return "another animal"
    return "an animal named " + a.name


def names(v: float, s: str, b: bool) -> str:
    return type(v).__name__ + " " + type(s).__name__ + " " + type(b).__name__


print(kind(3), kind("hi"), kind(True), kind(False))
for a in [Animal("cat"), Hound("rex"), Puppy("bit")]:
    print(exact(a), type(a).__name__)
print(names(1.5, "x", True))
