class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __eq__(self, other: "Money") -> bool:
        return self.cents == other.cents

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __repr__(self) -> str:
        return f"Money({self.cents})"


if __name__ == "__main__":
    wallet = [Money(500), Money(125), Money(300)]
    print(wallet[0] + wallet[1], Money(125) in wallet, wallet[2] > wallet[1])
    print(sorted(wallet), max(wallet))
