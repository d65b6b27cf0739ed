from typing import Optional


def greeting(name: Optional[str] = None) -> str:
    if name is None:
        name = "stranger"
    return "Hello, " + name


print(greeting())
print(greeting("Bob"))
