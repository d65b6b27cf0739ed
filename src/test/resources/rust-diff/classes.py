"""Classes: __init__, methods, inheritance, super(), __str__/__repr__, dataclasses."""
from dataclasses import dataclass, field
from typing import Optional


class Animal:
    def __init__(self, name: str, legs: int) -> None:
        self.name = name
        self.legs = legs

    def sound(self) -> str:
        return "..."

    def describe(self) -> str:
        return f"{self.name} has {self.legs} legs and says {self.sound()}"

    def __repr__(self) -> str:
        return f"Animal({self.name!r})"


class Dog(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name, 4)
        self.tricks: list[str] = []

    def sound(self) -> str:
        return "woof"

    def learn(self, trick: str) -> "Dog":
        self.tricks.append(trick)
        return self


class Puppy(Dog):
    def sound(self) -> str:
        return super().sound() + " (squeaky)"

    def __str__(self) -> str:
        return f"puppy {self.name}"


@dataclass
class Vector:
    x: float
    y: float = 0.0

    def add(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)

    def length(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass
class Team:
    name: str
    members: list[str] = field(default_factory=list)
    lead: Optional[str] = None


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def tick(self) -> int:
        self.count += 1
        return self.count

    def __len__(self) -> int:
        return self.count


if __name__ == "__main__":
    animals: list[Animal] = [Animal("snake", 0), Dog("rex"), Puppy("bit")]
    for a in animals:
        print(a.describe())
    print(animals, str(animals[2]), repr(animals[2]))
    d = Dog("fido").learn("sit").learn("roll")
    print(d.tricks, isinstance(d, Animal), isinstance(animals[0], Dog), isinstance(animals[2], Dog))
    v = Vector(3.0, 4.0)
    w = Vector(1.0)
    print(v, w, v.add(w), v.length(), v == Vector(3.0, 4.0), v == w)
    t1 = Team("red")
    t2 = Team("blue", ["ann"], "ann")
    t1.members.append("bob")
    print(t1, t2, Team("red") == Team("red"), t1 == Team("red", ["bob"]))
    c = Counter()
    c.tick()
    c.tick()
    print(c.tick(), len(c), c.count)
    same = c
    same.tick()
    print(c.count, same is c, Counter() is c)
