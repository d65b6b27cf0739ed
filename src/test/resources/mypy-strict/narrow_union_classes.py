class Cat:
    def meow(self) -> str:
        return "meow"


class Dog:
    def bark(self) -> str:
        return "woof"


def speak(pet: Cat | Dog) -> str:
    if isinstance(pet, Cat):
        return pet.meow()
    return pet.bark()


pets: list[Cat | Dog] = [Cat(), Dog(), Cat()]
print([speak(p) for p in pets])
