from typing import Optional


def display(name: Optional[str]) -> str:
    return name or "anonymous"


print(display("zoe"))
print(display(None))
print(display(""))
