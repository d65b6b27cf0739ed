class Base:
    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return "I am " + self.name


class Child(Base):
    def __init__(self, name: str, age: int) -> None:
        super().__init__(name)
        self.age = age

    def describe(self) -> str:
        return super().describe() + ", aged " + str(self.age)


people: list[Base] = [Base("a"), Child("b", 7)]
for p in people:
    print(p.describe())
