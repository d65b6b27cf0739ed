from typing import Optional


class Account:
    def __init__(self) -> None:
        self.owner: Optional[str] = None

    def greet(self) -> str:
        if self.owner is None:
            return "nobody"
        return "hello " + self.owner


a = Account()
print(a.greet())
a.owner = "ann"
print(a.greet())
