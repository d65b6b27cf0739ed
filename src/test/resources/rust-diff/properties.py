"""Properties: getters, setters (with validation), read-only ones, inherited and overridden ones."""


class Temperature:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError("below absolute zero: " + str(value))
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32


class Account:
    def __init__(self, owner: str) -> None:
        self._owner = owner
        self._balance = 0
        self.reads = 0

    @property
    def owner(self) -> str:
        self.reads += 1
        return self._owner

    @property
    def balance(self) -> int:
        return self._balance

    @balance.setter
    def balance(self, amount: int) -> None:
        print("set balance", amount)
        self._balance = amount


class Savings(Account):
    @property
    def owner(self) -> str:
        return "savings of " + self._owner


def counter() -> str:
    print("value evaluated")
    return "five"


def main() -> None:
    t = Temperature(25.0)
    print(t.celsius, t.fahrenheit)
    t.celsius = 100.0
    print(t.celsius, t.fahrenheit)
    t.celsius += 1.5
    print(t.celsius)
    try:
        t.celsius = -300.0
    except ValueError as e:
        print("ValueError:", e)
    print(t.celsius)
    a = Account("ann")
    print(a.owner, a.owner, a.reads)
    a.balance = 10
    a.balance += 5
    print(a.balance)
    s = Savings("bob")
    s.balance = 7
    print(s.owner, s.balance, s.reads)
    accounts: list[Account] = [a, s]
    for acc in accounts:
        print(acc.owner)
    try:
        t.fahrenheit = 3.0  # type: ignore[misc]
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        s.owner = counter()  # type: ignore[misc]
    except AttributeError as e:
        print("AttributeError:", e)
    acc2: Account = s
    acc2.owner = "x"  # type: ignore[misc]


if __name__ == "__main__":
    main()
