from typing import ClassVar


class Ticket:
    issued: ClassVar[int] = 0

    def __init__(self, owner: str) -> None:
        self.owner = owner
        Ticket.issued += 1
        self.number = Ticket.issued


a = Ticket("a")
b = Ticket("b")
print(a.number, b.number, Ticket.issued)
