from typing import NamedTuple


class Person(NamedTuple):
    name: str
    age: int


if __name__ == "__main__":
    for field in Person("Ann", 31):
        print(field)
