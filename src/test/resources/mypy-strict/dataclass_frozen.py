from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str

    def add(self, other: "Money") -> "Money":
        return Money(self.amount + other.amount, self.currency)


print(Money(3, "EUR").add(Money(4, "EUR")))
print(Money(1, "USD") == Money(1, "USD"))
